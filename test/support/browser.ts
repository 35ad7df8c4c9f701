import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';
import { projectRoot } from '../../src/project-root';

/** Debian's chromium unless CHROMIUM_PATH says otherwise (.ci/run installs the package when it is missing). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * Flags for a quiet, offline-friendly headless Chromium: without the networking ones it tries to reach the internet
 * (component updates, sync, field trials) at every start.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Git-ignored folder for the screenshots the browser tests save (look at them: they are what a person sees). */
export const SCREENSHOT_DIR = path.join(projectRoot(), 'test-output');

/** A headless Chromium with a fresh profile, one page, and what the page asked for and complained about. */
export interface TestBrowser {
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested (to prove it needs nothing beyond our server). */
  requests: string[];
  /** Console errors and uncaught exceptions of the page. */
  problems: string[];
  /** Saves a PNG of the full page (or of the element `selector` matches) as test-output/<name>.png; returns its path. */
  screenshot(name: string, selector?: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Launches Debian's chromium through playwright-core with {@link CHROMIUM_ARGS} and a throw-away
 * `--user-data-dir`, at a desktop viewport.
 * @throws Error when no chromium is installed at {@link CHROMIUM_PATH}
 */
export async function openBrowser(): Promise<TestBrowser> {
  if (!fs.existsSync(CHROMIUM_PATH))
    throw new Error(`no chromium at ${CHROMIUM_PATH}: apt-get install chromium, or set CHROMIUM_PATH`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'vet-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    context,
    page,
    requests,
    problems,
    async screenshot(name, selector) {
      const file = path.join(SCREENSHOT_DIR, `${name}.png`);
      if (selector) await page.locator(selector).screenshot({ path: file });
      else await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
