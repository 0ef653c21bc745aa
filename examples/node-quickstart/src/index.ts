// Score one occupation with the default methodology and print its report.
// Run: npm start (or `npm start -- 15-1252` for another SOC 2018 code).
import { scoreOccupation } from '@airesilience/core';
import { getProfile, loadDataset } from '@airesilience/data';
import { formatText } from '@airesilience/report';

const code = process.argv[2] ?? '29-2072';
const dataset = await loadDataset(); // the embedded snapshot: no network, no set-up
const result = scoreOccupation(dataset, code);
const profile = await getProfile(dataset, code); // title, BLS facts, O*NET tasks
console.log(formatText({ result, profile }));
