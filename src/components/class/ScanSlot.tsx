import { createSignal, Show, type Component } from 'solid-js';
import { prepareScanSound } from './scan-feedback';
import type { ClassStrings, ScannerStrings } from './strings';

type ScanResult = 'counted' | 'duplicate' | 'refused';
type Scanner = Component<{ onCode: (text: string) => ScanResult; strings: ScannerStrings }>;

interface Props {
  onCode: (text: string) => ScanResult;
  strings: ClassStrings;
  scannerStrings: ScannerStrings;
}

/**
 * The camera scanner's place: a button that loads the scanner (its code and decoder) only when
 * the teacher taps it, so the page opens fast and the camera is never asked for before.
 */
export default function ScanSlot(props: Props) {
  const [scanner, setScanner] = createSignal<Scanner>();
  const [state, setState] = createSignal<'idle' | 'loading' | 'failed'>('idle');
  const load = async () => {
    prepareScanSound();
    setState('loading');
    try {
      const module = await import('./TicketScanner');
      setScanner(() => module.default);
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  return (
    <section class="class-scan no-print" aria-labelledby="class-scan-title">
      <h3 id="class-scan-title">{props.strings.scanTitle}</h3>
      <Show
        when={scanner()}
        fallback={
          <>
            <button type="button" onClick={load} disabled={state() === 'loading'}>
              {props.strings.scanButton}
            </button>
            <p class="meta">{props.strings.scanHint}</p>
          </>
        }
      >
        {(Scanner) => {
          const View = Scanner();
          return <View onCode={(text) => props.onCode(text)} strings={props.scannerStrings} />;
        }}
      </Show>
      <p role="status">
        {state() === 'loading' ? props.strings.scanLoading : state() === 'failed' ? props.strings.scanFailed : ''}
      </p>
    </section>
  );
}
