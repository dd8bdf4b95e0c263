/**
 * Run by `npm test` (and `npm run test:e2e`) before anything else: makes sure Chromium, nginx and
 * Apache are there, installing them with apt when allowed (root, or sudo without a password),
 * otherwise stopping at once with the command to run. See system-deps.ts for the decisions.
 */
import { chromium } from '@playwright/test';
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { planSystemDeps, type SystemPackage } from './system-deps.ts';

const executable = (path: string | undefined) => {
  if (!path) return false;
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
const onPath = (name: string) => spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;

const present: Record<SystemPackage, () => boolean> = {
  chromium: () =>
    executable(process.env['CHROME_PATH']) || executable('/usr/bin/chromium') || existsSync(chromium.executablePath()),
  nginx: () => onPath('nginx') || executable('/usr/sbin/nginx'),
  apache2: () => (onPath('apache2') || executable('/usr/sbin/apache2')) && existsSync('/usr/lib/apache2/modules/mod_headers.so'),
};

const missing = (Object.keys(present) as SystemPackage[]).filter((name) => !present[name]());
const plan = planSystemDeps({
  missing,
  uid: process.getuid?.() ?? -1,
  passwordlessSudo: missing.length > 0 && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0,
  apt: onPath('apt-get'),
});

if (plan.action === 'stop') {
  console.error(`\n${plan.message}\n`);
  process.exit(1);
}
if (plan.action === 'install') {
  console.log(`Installing what the end-to-end tests need: ${missing.join(', ')}`);
  execFileSync('bash', ['-c', plan.script], { stdio: 'inherit' });
}
