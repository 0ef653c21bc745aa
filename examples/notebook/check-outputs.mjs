// Checks an executed copy of the notebook: no cell failed, and every output a code cell asks for landed in
// that cell (a stream when it prints, one display per `show(mimeType, …)` call, of that type).
// Usage: node check-outputs.mjs <executed.ipynb>
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) throw new Error('usage: node check-outputs.mjs <executed.ipynb>');
const notebook = JSON.parse(readFileSync(file, 'utf8'));
const problems = [];
let codeCells = 0;
for (const [index, cell] of notebook.cells.entries()) {
  if (cell.cell_type !== 'code') continue;
  codeCells++;
  const source = Array.isArray(cell.source) ? cell.source.join('') : cell.source;
  const outputs = cell.outputs ?? [];
  const where = `cell ${index} (${cell.id ?? 'no id'})`;
  for (const output of outputs) {
    if (output.output_type === 'error') problems.push(`${where}: ${output.ename}: ${output.evalue}`);
  }
  const wanted = [...source.matchAll(/\bshow\(\s*'([^']+)'/g)].map((match) => match[1]).sort();
  const got = outputs
    .filter((output) => output.output_type === 'display_data')
    .flatMap((output) => Object.keys(output.data ?? {}))
    .sort();
  if (JSON.stringify(wanted) !== JSON.stringify(got)) {
    problems.push(`${where}: expected displays [${wanted.join(', ')}], got [${got.join(', ')}]`);
  }
  const prints = /\bprint\(/.test(source.replace(/const print = [^;]*;/s, ''));
  const streams = outputs.filter((output) => output.output_type === 'stream' && output.name === 'stdout');
  if (prints && streams.length === 0) problems.push(`${where}: printed text is missing`);
  if (!prints && streams.length > 0) problems.push(`${where}: has text it did not print: ${streams[0].text}`);
}
if (codeCells === 0) problems.push('the notebook has no code cell');
if (problems.length > 0) {
  console.error(
    `${file}: ${problems.length} problem(s)\n${problems.map((problem) => `  ${problem}`).join('\n')}`,
  );
  process.exit(1);
}
console.log(`${file}: ${codeCells} code cells ran, every output in its cell`);
