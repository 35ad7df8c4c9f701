const neo4j = require('/work/main/node_modules/neo4j-driver');
(async () => {
  const driver = neo4j.driver('bolt://127.0.0.1:7687', neo4j.auth.basic('neo4j', 'vetgraph-local'));
  const s = driver.session({database: process.env.DB || 'neo4j'});
  for (const q of process.argv.slice(2)) {
    try { const r = await s.run(q); console.log(q, '=>', JSON.stringify(r.records.map(x => x.toObject()))); } catch (e) { console.log(q, 'ERR', e.message); }
  }
  await s.close(); await driver.close();
})();
