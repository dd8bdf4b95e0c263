import type { ScanResult } from './TicketScanner';

let audio: AudioContext | undefined;

/** The page's one audio context, made on first use and woken if the browser suspended it. */
function soundContext(): AudioContext {
  audio ??= new AudioContext();
  if (audio.state === 'suspended') audio.resume().catch(() => undefined);
  return audio;
}

/**
 * Makes the sound ready inside the teacher's tap on "Scan with the camera": Safari keeps a
 * context made later (after the scanner's code has loaded) silent until another tap.
 */
export function prepareScanSound(): void {
  try {
    soundContext();
  } catch {
    // No Web Audio: the message and the vibration remain.
  }
}

/**
 * A short beep and a vibration for a ticket read: one high beep when counted, two low ones when
 * not (a duplicate or a refused code). Made with Web Audio, no sound file; silent where the
 * browser has neither.
 */
export function signalScan(result: ScanResult): void {
  const counted = result === 'counted';
  navigator.vibrate?.(counted ? 80 : [60, 60, 60]);
  try {
    const audio = soundContext();
    const beeps = counted ? [0] : [0, 0.16];
    for (const start of beeps) {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.frequency.value = counted ? 880 : 220;
      gain.gain.value = 0.15;
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(audio.currentTime + start);
      oscillator.stop(audio.currentTime + start + 0.12);
    }
  } catch {
    // No Web Audio: the message and the vibration remain.
  }
}
