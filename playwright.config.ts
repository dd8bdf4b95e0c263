import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';
import type { ServerMetadata } from './tests/e2e/server-metadata';

/** Playwright's own Chromium where it is installed, otherwise the system's (Debian: /usr/bin/chromium). */
function browserPath(): string | undefined {
  if (process.env['CHROME_PATH']) return process.env['CHROME_PATH'];
  if (existsSync(chromium.executablePath())) return undefined;
  return '/usr/bin/chromium';
}

const executablePath = browserPath();

/** Ports of our own: another server on 4321 must never be tested by mistake. */
const PORT = Number(process.env['E2E_PORT'] ?? 4391);
const NGINX_PORT = PORT + 1;
const NGINX_SUBPATH_PORT = PORT + 2;
const APACHE_PORT = PORT + 3;
const APACHE_SUBPATH_PORT = PORT + 4;
const APACHE_NO_OVERRIDE_PORT = PORT + 5;
const APACHE_DIRECTORY_PORT = PORT + 6;

/** A project that runs the hosting checks against one server of the shipped configurations. */
function serverProject(name: string, port: number, metadata: ServerMetadata) {
  return {
    name,
    testMatch: /(hosting|headers)\.spec\.ts/,
    use: { ...devices['Desktop Chrome'], channel: undefined, baseURL: `http://127.0.0.1:${port}` },
    metadata,
  };
}

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Generous for a loaded 2-core machine (tests run at 5-20 s there); a hang still fails.
  timeout: 60_000,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  reporter: process.env['CI'] ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // The service worker would precache the whole site in every test's fresh browser; only the
    // offline test (hosting.spec.ts) allows it.
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
    launchOptions: {
      ...(executablePath === undefined ? {} : { executablePath }),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    // Every test, against `astro preview` of dist/.
    {
      name: 'preview',
      testIgnore: /(headers|apache-no-override)\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], channel: undefined },
      metadata: { base: '/', server: 'preview' },
    },
    // The hosting checks again, against nginx and Apache with the shipped configurations: at the
    // root, and under a sub-path with a site built for it (dist-subpath/).
    serverProject('nginx', NGINX_PORT, { base: '/', server: 'nginx' }),
    serverProject('nginx-subpath', NGINX_SUBPATH_PORT, { base: '/balise/', server: 'nginx' }),
    serverProject('apache', APACHE_PORT, { base: '/', server: 'apache' }),
    serverProject('apache-subpath', APACHE_SUBPATH_PORT, { base: '/balise/', server: 'apache' }),
    serverProject('apache-directory', APACHE_DIRECTORY_PORT, { base: '/', server: 'apache' }),
    // Apache with AllowOverride None (Debian's default): the site works, and loses what the README says.
    {
      name: 'apache-no-override',
      testMatch: /apache-no-override\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], channel: undefined, baseURL: `http://127.0.0.1:${APACHE_NO_OVERRIDE_PORT}` },
      metadata: { base: '/', server: 'apache' },
    },
  ],
  webServer: [
    {
      command: `npm run preview -- --host 127.0.0.1 --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `bash tests/e2e/serve-nginx.sh ${NGINX_PORT} ${NGINX_SUBPATH_PORT}`,
      url: `http://127.0.0.1:${NGINX_SUBPATH_PORT}/balise/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `bash tests/e2e/serve-apache.sh ${APACHE_PORT} ${APACHE_SUBPATH_PORT} ${APACHE_NO_OVERRIDE_PORT} ${APACHE_DIRECTORY_PORT}`,
      url: `http://127.0.0.1:${APACHE_NO_OVERRIDE_PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
