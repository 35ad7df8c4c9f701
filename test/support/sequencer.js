/**
 * Jest's own order (failed files first, then the slowest first), with the files that start from the bundled graph
 * (`loadBundledData`) moved ahead of the others, their relative order kept: one after another they find the graph
 * as the previous file left it and, when no file wrote in between, skip the 2.5-4.5 s import
 * (test/support/test-graph.ts, loadBundledData). The other files empty the graph for fixtures of their own.
 */
const fs = require('node:fs');
const Sequencer = require('@jest/test-sequencer').default;

class BundledGraphFirst extends Sequencer {
  sort(tests) {
    const ordered = super.sort(tests);
    const startsFromBundled = (test) => /\bloadBundledData\b/.test(fs.readFileSync(test.path, 'utf8'));
    return [...ordered.filter(startsFromBundled), ...ordered.filter((test) => !startsFromBundled(test))];
  }
}

module.exports = BundledGraphFirst;
