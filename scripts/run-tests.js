#!/usr/bin/env node
/**
 * `npm test` (and so `.ci/run`): every test, in two Jest runs.
 *
 * 1. Every test file but the serial ones, on two Jest workers (VETGRAPH_TEST_WORKERS, default 2 here), each with its
 *    own Neo4j (test/support/global-setup.ts).
 * 2. The serial files, on one worker: those that hold the product's own time limits or measure time (a request within
 *    the 10 s limit, SERVICE_UNAVAILABLE within about a second, a grace period), which a CPU shared with another
 *    worker can push past their bounds. A file is serial when its first 2,000 characters hold the tag `@serial`.
 *
 * Both runs always run; the exit status is the first failing run's. With arguments (`npm test -- test/foundation`)
 * it is one plain Jest run with those arguments and Jest's own worker count (jest.config.js: one). Why two workers:
 * on this 2-core machine one worker took 14.5-17 min for the whole suite on a fresh clone; see the README's CI line.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const jest = require.resolve('jest/bin/jest');

/** Runs Jest with `args` and extra environment; returns its exit status. */
function jestRun(args, env) {
  const result = spawnSync(process.execPath, [jest, ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return result.status ?? 1;
}

/** The test files under `dir` (relative to the project root) tagged `@serial` near their top. */
function serialFiles(dir) {
  return fs
    .readdirSync(path.join(root, dir), { recursive: true })
    .map((file) => path.join(dir, String(file)))
    .filter((file) => file.endsWith('.test.ts'))
    .filter((file) => /@serial\b/.test(fs.readFileSync(path.join(root, file), 'utf8').slice(0, 2000)))
    .sort();
}

function main() {
  const args = process.argv.slice(2);
  if (args.length) return jestRun(args, {});
  const serial = serialFiles('test');
  const escaped = serial.map((file) => file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const parallel = jestRun(['--testPathIgnorePatterns', '/node_modules/', ...escaped], {
    VETGRAPH_TEST_WORKERS: process.env.VETGRAPH_TEST_WORKERS ?? '2',
  });
  process.stdout.write(`\nThe ${serial.length} serial test files, on one worker:\n`);
  const alone = jestRun(['--runTestsByPath', ...serial], { VETGRAPH_TEST_WORKERS: '1' });
  return parallel || alone;
}

process.exit(main());
