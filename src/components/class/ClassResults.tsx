import { createMemo, createSignal, onCleanup, onMount, Show } from 'solid-js';
import { fill } from '../../i18n/fill';
import { emptyRecord, readRecord, type ClassRecord } from '../../lib/class-results/class-record';
import type { NotesPrompt } from '../../lib/class-results/discussion-prompt';
import type { PaperCell } from '../../lib/class-results/paper-grid';
import { classSummary } from '../../lib/class-results/summary';
import type { QuizView } from '../../lib/quiz/types';
import { classLabels, classRecord, countCode, eraseClass, savePaperRows } from '../../stores/class-results';
import { usePictures } from '../quiz/Label';
import ClassLabelChooser from './ClassLabelChooser';
import PaperGrid from './PaperGrid';
import ScanSlot from './ScanSlot';
import type { ClassStrings, ScannerStrings } from './strings';
import SummaryView from './SummaryView';
import TypeCode from './TypeCode';

export interface ClassResultsProps {
  quiz: QuizView;
  lessonId: string;
  /** Discussion prompts of the teacher notes. */
  prompts: NotesPrompt[];
  /** BCP 47 locale of the page's language. */
  locale: string;
  strings: ClassStrings;
  scannerStrings: ScannerStrings;
}

/**
 * The class page's island: choose a class, count its tickets (typed, scanned or from the paper
 * grid) and see the summary. Everything is kept in this browser (stores/class-results.ts).
 */
export default function ClassResults(props: ClassResultsProps) {
  // eslint-disable-next-line solid/reactivity -- an island's props never change after hydration
  usePictures(props.quiz.pictures);
  const [mounted, setMounted] = createSignal(false);
  const [label, setLabel] = createSignal('');
  const [labels, setLabels] = createSignal<string[]>([]);
  const [record, setRecord] = createSignal<ClassRecord | undefined>();
  const [message, setMessage] = createSignal('');
  let unsubscribe = () => {};
  onCleanup(() => unsubscribe());

  const announce = (text: string) => {
    // Emptied first, so that the same message twice in a row is announced twice.
    setMessage('');
    queueMicrotask(() => setMessage(text));
  };
  const choose = (next: string) => {
    unsubscribe();
    setLabel(next);
    unsubscribe = classRecord(props.quiz.id, next).subscribe((value) => setRecord(() => value));
    setLabels(classLabels(props.quiz.id));
    setMessage('');
  };
  onMount(() => {
    // Stored classes are read only after mount: the server rendered the page without them.
    const kept = classLabels(props.quiz.id);
    setLabels(kept);
    if (kept[0]) choose(kept[0]);
    setMounted(true);
  });

  const read = createMemo(() => readRecord(record() ?? emptyRecord(props.quiz, label(), new Date(0)), props.quiz));
  const summary = createMemo(() => classSummary(props.quiz, read().tickets));

  const count = (text: string) => {
    const result = countCode(props.quiz, label(), text);
    setLabels(classLabels(props.quiz.id));
    const s = props.strings;
    if (result.outcome === 'refused') announce(fill(s.refused, { reason: s[`error.${result.error}`] }));
    else announce(result.outcome === 'counted' ? fill(s.counted, { count: read().scanned }) : s.duplicate);
    return result.outcome;
  };
  const changeRows = (rows: PaperCell[][]) => {
    savePaperRows(props.quiz, label(), rows);
    setLabels(classLabels(props.quiz.id));
  };
  const erase = () => {
    const erased = label();
    eraseClass(props.quiz.id, erased);
    setLabels(classLabels(props.quiz.id));
    announce(fill(props.strings.erased, { label: erased }));
  };

  return (
    <div class="class-results">
      <ClassLabelChooser labels={labels()} current={label()} onChoose={choose} strings={props.strings} />
      <Show when={mounted() && label()} fallback={<p class="no-print">{props.strings.chooseFirst}</p>}>
        <section class="class-collect no-print" aria-labelledby="class-collect-title">
          <h2 id="class-collect-title">{fill(props.strings.current, { label: label() })}</h2>
          <p class="class-count">{fill(props.strings.count, { count: read().scanned })}</p>
          <TypeCode onCode={(text) => count(text) === 'counted'} strings={props.strings} />
          <p role="status" class="class-message">
            {message()}
          </p>
          <ScanSlot onCode={count} strings={props.strings} scannerStrings={props.scannerStrings} />
          <Show when={read().older > 0}>
            <p class="box">{fill(props.strings.older, { count: read().older })}</p>
          </Show>
          <PaperGrid quiz={props.quiz} rows={read().rows} onChange={changeRows} strings={props.strings} />
          <Show when={read().olderCells > 0}>
            <p class="box">{fill(props.strings.olderCells, { count: read().olderCells })}</p>
          </Show>
        </section>
        <SummaryView
          summary={summary()}
          label={label()}
          lessonId={props.lessonId}
          prompts={props.prompts}
          locale={props.locale}
          strings={props.strings}
        />
        <p class="meta no-print">{props.strings.kept}</p>
        <p class="no-print">
          <button type="button" onClick={erase}>
            {fill(props.strings.erase, { label: label() })}
          </button>
        </p>
      </Show>
    </div>
  );
}
