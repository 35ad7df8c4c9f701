import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/project-root';
import { ExpectedExtraction } from './extraction-score';

/** The folder of the ingestion fixtures: pages and their expected extractions. */
export function ingestFixtureDir(): string {
  return path.join(projectRoot(), 'test', 'fixtures', 'ingest');
}

/** A fixture page with its text and expected extraction. */
export interface IngestFixture {
  name: string;
  file: string;
  text: string;
  expected: ExpectedExtraction;
}

/** Every `*.expected.json` of the fixture folder with the page it names (`document`, relative to the folder). */
export function loadIngestFixtures(dir = ingestFixtureDir()): IngestFixture[] {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.expected.json'))
    .sort()
    .map((file) => {
      const expected = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as ExpectedExtraction;
      const page = path.resolve(dir, expected.document);
      return { name: file.replace(/\.expected\.json$/, ''), file: page, text: fs.readFileSync(page, 'utf8'), expected };
    });
}
