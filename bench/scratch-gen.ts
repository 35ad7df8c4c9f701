import { generateDataset } from './data/synthetic-data';
const t = Date.now();
const d = generateDataset((process.argv[2] ?? 'S') as 'S', 42, '/tmp/benchscratch/' + (process.argv[2] ?? 'S'));
console.log(JSON.stringify({ ...d, files: d.files.length }, null, 1), (Date.now() - t) / 1000, 's');
