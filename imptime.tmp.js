require('/work/main/node_modules/reflect-metadata');
const neo4j = require('/work/main/node_modules/neo4j-driver');
const path = require('path');
const { Executor } = require('/work/main/dist/src/db/executor');
const { applySchema } = require('/work/main/dist/src/db/schema-setup');
const { ImportService } = require('/work/main/dist/src/pipelines/import/import.service');
const { BUNDLED_DATA_FILES } = require('/work/main/dist/src/domain/bundled-data');
(async () => {
  const driver = neo4j.driver('bolt://127.0.0.1:7687', neo4j.auth.basic('neo4j', 'vetgraph-local'));
  const ex = new Executor(driver, undefined);
  await applySchema(ex);
  for (let i = 0; i < Number(process.argv[2] || 3); i++) {
    let t = Date.now();
    await ex.write('MATCH (n) DETACH DELETE n');
    const tDel = Date.now() - t; t = Date.now();
    const svc = new ImportService(ex, 'test');
    const files = BUNDLED_DATA_FILES.map((f) => path.join('/work/main', f));
    const marks = [];
    const rep = await svc.importFiles(files, (d, tot) => marks.push([d, Date.now() - t]));
    const ents = rep.recordsRead.entities;
    const entDone = marks.find(([d]) => d >= 3900);
    console.log('delete', tDel, 'ms; import', Date.now() - t, 'ms; collected at', marks[0][1], '; entities done ~', JSON.stringify(marks.filter(m=>m[0]>=3800&&m[0]<=4200)), 'outcomes', JSON.stringify(rep.entities.Event), process.argv[3]==='again'?'':'');
  }
  await driver.close();
})();
