import { scoreAll } from '/work/main/packages/core/src/score.js';
import { DEFAULT_METHODOLOGY } from '/work/main/packages/core/src/default-methodology.js';
function syntheticDataset(count: number): any {
  let state = 12345;
  const random = () => { state = (Math.imul(state, 1664525) + 1013904223) >>> 0; return state / 4294967296; };
  const codes = Array.from({ length: count }, (_, i) => `${String(11 + (i % 43)).padStart(2, '0')}-${String(1000 + i).padStart(4, '0')}`);
  const sources: any = {};
  for (const dimension of DEFAULT_METHODOLOGY.dimensions) for (const source of dimension.sources) {
    const present = codes.filter(() => random() > 0.1);
    sources[source.id] = { descriptor: { id: source.id, label: source.label, citation: 's', vintage: 's', licence: 'n', direction: source.direction, codeSystem: 'soc-2018', files: [] },
      universe: { codes: present, values: present.map(() => Math.round(random() * 500) / 10) }, links: Object.fromEntries(present.map((c) => [c, [c]])) };
  }
  return { schemaVersion: 1, label: 'synthetic', occupations: codes.map((code) => ({ code, title: code, kind: 'soc', lineItem: true })), sources };
}
const d = syntheticDataset(1000);
for (let k = 0; k < 5; k++) {
  let t = performance.now(); for (let i = 0; i < 50; i++) scoreAll({ ...d }); const cold = (performance.now() - t) / 50;
  t = performance.now(); for (let i = 0; i < 50; i++) scoreAll(d); const warm = (performance.now() - t) / 50;
  console.log('cold', cold.toFixed(2), 'warm', warm.toFixed(2));
}
