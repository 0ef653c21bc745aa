import { scoreOccupation } from '@airesilience/core';
import { BrowserSnapshot } from './load-snapshot.js';
import { pickerOccupations, reportHtml } from './render-report.js';

const DEFAULT_CODE = '29-2072';

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = element<HTMLFormElement>('choose');
const select = element<HTMLSelectElement>('occupation');
const input = element<HTMLInputElement>('code');
const status = element<HTMLParagraphElement>('status');
const frame = element<HTMLIFrameElement>('report');

function say(message: string, isError = false): void {
  status.textContent = message;
  status.classList.toggle('error', isError);
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

const snapshot = await BrowserSnapshot.load(new URL('snapshot/', document.baseURI)).catch(
  (error: unknown) => {
    say(`Cannot load the data snapshot: ${messageOf(error)}`, true);
    throw error;
  },
);

for (const occupation of pickerOccupations(snapshot.dataset)) {
  select.add(new Option(`${occupation.title} (${occupation.code})`, occupation.code));
}
select.disabled = false;

// The report is a whole document with its own styles and Content-Security-Policy: an iframe keeps it apart
// from this page. `allow-same-origin` (and no `allow-scripts`) lets this page size the frame to its content.
frame.addEventListener('load', () => {
  const height = frame.contentDocument?.documentElement.scrollHeight;
  if (height) frame.style.height = `${height}px`;
});

let latest = 0;
async function show(code: string): Promise<void> {
  const request = ++latest;
  try {
    // Scoring first checks the code (an unknown one is reported with the closest codes) before any fetch.
    const result = scoreOccupation(snapshot.dataset, code);
    const details = await snapshot.detailsFor(result.code);
    if (request !== latest) return; // a newer choice arrived while the details loaded
    frame.srcdoc = reportHtml(snapshot.dataset, result, details);
    input.value = result.code;
    if ([...select.options].some((option) => option.value === result.code)) select.value = result.code;
    document.title = `${result.title}: AI resilience`;
    say(`${result.title} (${result.code}): ${result.scorePercent.toFixed(1)} %, ${result.tier.name}`);
  } catch (error) {
    if (request === latest) say(messageOf(error), true);
  }
}

const codeInHash = () => decodeURIComponent(location.hash.slice(1)).trim() || DEFAULT_CODE;
select.addEventListener('change', () => {
  location.hash = select.value;
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  location.hash = input.value.trim();
});
window.addEventListener('hashchange', () => void show(codeInHash()));
await show(codeInHash());
