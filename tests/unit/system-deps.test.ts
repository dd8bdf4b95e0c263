import { describe, expect, it } from 'vitest';
import { installScript, planSystemDeps, type MachineState } from '../setup/system-deps';

const machine = (state: Partial<MachineState>): MachineState => ({
  missing: ['nginx', 'apache2'],
  uid: 1000,
  passwordlessSudo: false,
  apt: true,
  ...state,
});

describe('system packages npm test needs', () => {
  it('does nothing when everything is there, whoever runs it', () => {
    expect(planSystemDeps(machine({ missing: [], uid: 1000 }))).toEqual({ action: 'none' });
  });

  it('installs with apt as root, without sudo and without starting services', () => {
    const plan = planSystemDeps(machine({ uid: 0 }));
    expect(plan).toEqual({ action: 'install', script: installScript(['nginx', 'apache2'], false) });
    const script = installScript(['nginx', 'apache2'], false);
    expect(script).not.toContain('sudo');
    expect(script).toContain('env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx apache2');
    expect(script).toContain('exit 101');
  });

  it('installs through sudo when sudo needs no password', () => {
    const plan = planSystemDeps(machine({ passwordlessSudo: true, missing: ['chromium'] }));
    expect(plan.action).toBe('install');
    const script = plan.action === 'install' ? plan.script : '';
    expect(script).toContain('sudo -n apt-get update -qq');
    expect(script).toContain('sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
    expect(script).toContain('sudo -n rm -f "$policy"');
  });

  it('stops at once with the exact command when it cannot install', () => {
    const plan = planSystemDeps(machine({}));
    expect(plan.action).toBe('stop');
    expect(plan.action === 'stop' && plan.message).toContain('  sudo apt-get update && sudo apt-get install -y nginx apache2\n');
  });

  it('stops with advice when the machine has no apt-get', () => {
    const plan = planSystemDeps(machine({ uid: 0, apt: false, missing: ['chromium'] }));
    expect(plan.action === 'stop' && plan.message).toMatch(/no apt-get.*CHROME_PATH/);
  });
});
