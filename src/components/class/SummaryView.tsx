import { createSignal, For, Show } from 'solid-js';
import { fill } from '../../i18n/fill';
import { summaryCsv } from '../../lib/class-results/csv';
import { matchingPrompt, type NotesPrompt } from '../../lib/class-results/discussion-prompt';
import type { ClassSummary } from '../../lib/class-results/summary';
import { formatScore } from '../../lib/quiz/score';
import { downloadText, fileNamePart } from './download';
import ProjectorView from './ProjectorView';
import QuestionSummary from './QuestionSummary';
import type { ClassStrings } from './strings';

interface Props {
  summary: ClassSummary;
  label: string;
  lessonId: string;
  prompts: NotesPrompt[];
  locale: string;
  strings: ClassStrings;
}

/** The class summary with its projector view, print and CSV download. */
export default function SummaryView(props: Props) {
  const [projecting, setProjecting] = createSignal(false);
  const s = () => props.strings;
  const csv = () =>
    downloadText(
      summaryCsv(
        props.summary,
        {
          question: s()['csv.question'],
          prompt: s()['csv.prompt'],
          shareRight: s()['csv.shareRight'],
          right: s()['csv.right'],
          blank: s()['csv.blank'],
          answers: s()['csv.answers'],
          tickets: s()['csv.tickets'],
          average: s()['csv.average'],
        },
        props.locale,
      ),
      fill(s().csvFile, { label: fileNamePart(props.label), lesson: props.lessonId }),
      'text/csv;charset=utf-8',
    );
  const headline = () => (
    <p class="class-figures">
      <span>{fill(s().tickets, { count: props.summary.tickets })}</span>
      <span>{fill(s().average, { score: formatScore(props.summary.average, props.locale), total: props.summary.scored })}</span>
    </p>
  );
  const question = (index: number, large: boolean) => {
    const result = props.summary.questions[index];
    return (
      result && (
        <QuestionSummary
          result={result}
          number={index + 1}
          total={props.summary.questions.length}
          tickets={props.summary.tickets}
          prompt={large ? undefined : matchingPrompt(result, props.prompts)}
          locale={props.locale}
          strings={s()}
          idPrefix={large ? 'projected' : 'class'}
        />
      )
    );
  };
  return (
    <section class="class-summary" aria-labelledby="class-summary-title">
      <h2 id="class-summary-title">
        {s().summaryTitle} · {fill(s().current, { label: props.label })}
      </h2>
      {headline()}
      <Show when={props.summary.tickets > 0} fallback={<p>{s().noTickets}</p>}>
        <p class="meta">{s().revisitRule}</p>
        <p class="class-actions no-print">
          <button type="button" onClick={() => setProjecting(true)}>
            {s().projector}
          </button>
          <button type="button" onClick={() => print()}>
            {s().print}
          </button>
          <button type="button" onClick={csv}>
            {s().csv}
          </button>
        </p>
        <div class="class-questions">
          <For each={props.summary.questions}>{(_, index) => <>{question(index(), false)}</>}</For>
        </div>
        <Show when={projecting()}>
          <ProjectorView
            title={`${s().summaryTitle} · ${fill(s().current, { label: props.label })}`}
            onClose={() => setProjecting(false)}
            strings={s()}
            headline={headline()}
            count={props.summary.questions.length}
            question={(index) => question(index, true)}
          />
        </Show>
      </Show>
    </section>
  );
}
