import { createSignal, onCleanup, onMount, Show } from 'solid-js';
import type { AreaKeys } from '../../i18n';
import type { CameraProblem } from '../../lib/scanner/camera-problem';
import { signalScan } from './scan-feedback';
import { startScanSession } from './scan-session';

/** The scanner's strings (`scanner.*` in src/i18n, handed over by `stringsWithPrefix(lang, 'scanner.')`). */
export type ScannerStrings = Record<AreaKeys<'scanner.'>, string>;

/** What the class page did with a scanned code. */
export type ScanResult = 'counted' | 'duplicate' | 'refused';

interface Props {
  /** Called once for each code the camera comes to see; returns what became of it. */
  onCode: (text: string) => ScanResult;
  strings: ScannerStrings;
}

type State = 'starting' | 'scanning' | 'stopped' | CameraProblem;

const PROBLEM_KEY = { insecure: 'insecure', 'no-camera': 'noCamera', denied: 'denied', failed: 'failed' } as const;

/**
 * The camera scanner of the class page: opens the rear camera when it mounts (after the teacher's
 * tap), shows its picture and reads exit tickets one after another with no tap between pupils.
 * Each result is beeped, vibrated, shown and announced. The camera stops on "Stop", when the page
 * is hidden and when the scanner is removed. Its styles (src/styles/ticket-scanner.css) are imported
 * by the class page: a component loaded with `import()` brings no CSS of its own into Astro's pages.
 */
export default function TicketScanner(props: Props) {
  let video!: HTMLVideoElement;
  let stopSession: (() => void) | undefined;
  const [state, setState] = createSignal<State>('starting');
  const [result, setResult] = createSignal<ScanResult>();

  const stop = () => {
    stopSession?.();
    stopSession = undefined;
  };
  const start = () => {
    stop();
    setResult(undefined);
    setState('starting');
    stopSession = startScanSession(video, {
      onScanning: () => setState('scanning'),
      onProblem: (problem) => {
        stop();
        setState(problem);
      },
      onCode: (text) => {
        const outcome = props.onCode(text);
        signalScan(outcome);
        // Emptied first, so that the same message twice in a row is announced twice.
        setResult(undefined);
        queueMicrotask(() => setResult(outcome));
      },
    });
  };
  const stopByTeacher = () => {
    stop();
    setState('stopped');
  };
  const onVisibility = () => {
    if (document.hidden && stopSession) stopByTeacher();
  };

  onMount(() => {
    start();
    document.addEventListener('visibilitychange', onVisibility);
  });
  onCleanup(() => {
    stop();
    document.removeEventListener('visibilitychange', onVisibility);
  });

  const live = () => state() === 'starting' || state() === 'scanning';
  const message = () => {
    const current = state();
    if (current === 'starting' || current === 'scanning' || current === 'stopped') return props.strings[current];
    return props.strings[PROBLEM_KEY[current]];
  };

  return (
    <div class="ticket-scanner">
      <video ref={video} class="scanner-preview" aria-label={props.strings.preview} muted playsinline hidden={!live()} />
      <p class="scanner-state" aria-live="polite">
        {message()}
      </p>
      <p class="scanner-result" role="status" data-result={result()}>
        {result() ? props.strings[result()!] : ''}
      </p>
      <Show
        when={live()}
        fallback={
          <button type="button" onClick={start}>
            {props.strings.restart}
          </button>
        }
      >
        <button type="button" onClick={stopByTeacher}>
          {props.strings.stop}
        </button>
      </Show>
    </div>
  );
}
