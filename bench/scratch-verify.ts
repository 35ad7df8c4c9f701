import 'reflect-metadata';
import { openBenchDatabase, BENCH_PASSWORD } from './bench-database';
import { pickParameters } from './parameters';
import { QUERIES } from './queries';
import { requestFor, startTarget, TARGET_NAMES } from './targets/targets';
import { isDeepStrictEqual } from 'node:util';
(async () => {
  const db = await openBenchDatabase({ scale: 'S', seed: 42, boltPort: 7791, reload: false, log: console.log });
  const p = await pickParameters(db.executor);
  console.log(p);
  const answers: Record<string, Record<string, unknown>> = {};
  let port = 4791;
  for (const t of TARGET_NAMES) {
    const running = await startTarget(t, { uri: db.uri, password: BENCH_PASSWORD }, port++);
    try {
      for (const q of QUERIES) {
        const r = requestFor(t, q, p);
        const t0 = Date.now();
        const res = await fetch(running.url + r.path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: r.body });
        const json = await res.json();
        try { (answers[q.name] ??= {})[t] = r.read(json); } catch (e) { console.log(t, q.name, 'ERR', (e as Error).message.slice(0, 1500)); }
        console.log(t, q.name, Date.now() - t0, 'ms', (json as any).extensions?.dbRoundTrips ?? '');
      }
    } finally { await running.stop(); }
  }
  for (const q of QUERIES) {
    const a = answers[q.name] ?? {};
    const same = isDeepStrictEqual(a.ours, a['neo4j-graphql']) && isDeepStrictEqual(a.ours, a['raw-cypher']);
    console.log(q.name, same ? 'SAME' : 'DIFF');
    if (!same) for (const t of TARGET_NAMES) console.log("  ", t, String(JSON.stringify(a[t])).slice(0, 600));
  }
  await db.close();
})().catch((e) => { console.error(e); process.exit(1); });
