import 'reflect-metadata';
import { openBenchDatabase } from './bench-database';
(async () => {
  const db = await openBenchDatabase({ scale: (process.argv[2] ?? 'S') as 'S', seed: 42, boltPort: 7791, reload: process.argv[3] === 'reload', log: console.log,
    onProgress: (p, d, t) => { if (d % 20000 < 600) console.log(p, d, t, new Date().toISOString()); } });
  console.log(JSON.stringify(db.load, null, 1));
  await db.close();
})();
