// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { signalScan } from './scan-feedback';

/** A Web Audio stand-in that records the beeps: frequency and start time. */
function fakeAudio() {
  const beeps: Array<{ frequency: number; start: number }> = [];
  const node = () => ({ connect: (next: unknown) => next });
  class AudioContext {
    state = 'running';
    currentTime = 10;
    destination = {};
    createGain = () => ({ ...node(), gain: { value: 1 } });
    createOscillator = () => {
      const beep = { frequency: 0, start: 0 };
      return {
        ...node(),
        frequency: {
          set value(hz: number) {
            beep.frequency = hz;
          },
        },
        start: (at: number) => beeps.push({ ...beep, start: at }),
        stop: () => undefined,
      };
    };
  }
  vi.stubGlobal('AudioContext', AudioContext);
  return beeps;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('signalScan', () => {
  it('beeps once high and vibrates once for a ticket counted, twice low for one refused or already counted', () => {
    const beeps = fakeAudio();
    const vibrate = vi.fn();
    Object.defineProperty(navigator, 'vibrate', { value: vibrate, configurable: true });
    signalScan('counted');
    expect(beeps).toEqual([{ frequency: 880, start: 10 }]);
    expect(vibrate).toHaveBeenLastCalledWith(80);
    beeps.length = 0;
    signalScan('duplicate');
    expect(beeps.map((beep) => beep.frequency)).toEqual([220, 220]);
    expect(beeps[1]!.start).toBeGreaterThan(beeps[0]!.start);
    expect(vibrate).toHaveBeenLastCalledWith([60, 60, 60]);
  });

  it('wakes a suspended sound inside the tap that starts the scanner (Safari keeps it silent otherwise)', async () => {
    vi.resetModules();
    const resume = vi.fn(() => Promise.resolve());
    const made = vi.fn();
    vi.stubGlobal(
      'AudioContext',
      class {
        state = 'suspended';
        resume = resume;
        constructor() {
          made();
        }
      },
    );
    const { prepareScanSound } = await import('./scan-feedback');
    prepareScanSound();
    prepareScanSound();
    expect(made).toHaveBeenCalledTimes(1);
    expect(resume).toHaveBeenCalledTimes(2);
  });

  it('stays quiet where the browser has no Web Audio', async () => {
    vi.resetModules();
    vi.stubGlobal('AudioContext', undefined);
    const { prepareScanSound } = await import('./scan-feedback');
    expect(() => prepareScanSound()).not.toThrow();
  });
});
