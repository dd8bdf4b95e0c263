/**
 * What `npm test` needs from the system besides npm packages, and how to get it: a browser for
 * Playwright, nginx and Apache for the hosting tests. Pure decisions; ensure-system-deps.ts looks
 * at the machine and carries them out.
 */

/** Debian packages the end-to-end stage needs. */
export const SYSTEM_PACKAGES = ['chromium', 'nginx', 'apache2'] as const;
export type SystemPackage = (typeof SYSTEM_PACKAGES)[number];

/** What the machine has and allows. */
export interface MachineState {
  /** Packages that are not installed. */
  missing: SystemPackage[];
  /** The user id (0 is root). */
  uid: number;
  /** Whether `sudo -n true` succeeds (sudo without a password). */
  passwordlessSudo: boolean;
  /** Whether apt-get exists (Debian, Ubuntu). */
  apt: boolean;
}

/** Nothing to do; install with this shell script; or stop with this message. */
export type SystemPlan = { action: 'none' } | { action: 'install'; script: string } | { action: 'stop'; message: string };

/**
 * The shell script that installs `packages` with apt, as root or through sudo, without starting
 * their services (a policy-rc.d that refuses every start, removed afterwards if it was not there):
 * the tests start nginx and Apache themselves on loopback ports.
 */
export function installScript(packages: readonly SystemPackage[], sudo: boolean): string {
  const s = sudo ? 'sudo -n ' : '';
  return [
    'set -eu',
    `${s}apt-get update -qq`,
    'policy=/usr/sbin/policy-rc.d; added=""',
    `if [ ! -e "$policy" ]; then printf '#!/bin/sh\\nexit 101\\n' | ${s}tee "$policy" >/dev/null; ${s}chmod +x "$policy"; added=1; fi`,
    `${s}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`,
    `if [ -n "$added" ]; then ${s}rm -f "$policy"; fi`,
  ].join('\n');
}

/** Decides what to do about the missing system packages. */
export function planSystemDeps(state: MachineState): SystemPlan {
  if (state.missing.length === 0) return { action: 'none' };
  const list = state.missing.join(' ');
  if (!state.apt) {
    return {
      action: 'stop',
      message:
        `npm test needs ${state.missing.join(', ')} for the end-to-end tests, and this machine has no apt-get. ` +
        `Install them with your package manager (a Chromium or Chrome browser can also be named with CHROME_PATH=/path/to/chrome), then run npm test again.`,
    };
  }
  if (state.uid === 0) return { action: 'install', script: installScript(state.missing, false) };
  if (state.passwordlessSudo) return { action: 'install', script: installScript(state.missing, true) };
  return {
    action: 'stop',
    message:
      `npm test needs ${state.missing.join(', ')} for the end-to-end tests and cannot install them without a password. Run:\n\n` +
      `  sudo apt-get update && sudo apt-get install -y ${list}\n\n` +
      `then run npm test again. (The tests start nginx and Apache themselves; you may stop their services: sudo systemctl disable --now nginx apache2.)`,
  };
}
