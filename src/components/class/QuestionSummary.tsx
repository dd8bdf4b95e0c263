import { For, Show } from 'solid-js';
import { fill } from '../../i18n/fill';
import type { NotesPrompt } from '../../lib/class-results/discussion-prompt';
import type { AnswerCount, QuestionResult } from '../../lib/class-results/summary';
import Label from '../quiz/Label';
import type { ClassStrings } from './strings';

interface Props {
  result: QuestionResult;
  number: number;
  total: number;
  tickets: number;
  /** The notes' discussion prompt for this question, if one matches. */
  prompt: NotesPrompt | undefined;
  locale: string;
  strings: ClassStrings;
  /** Prefix of the element ids (the projector view shows the same questions again). */
  idPrefix: string;
}

const percent = (share: number) => Math.round(share * 100);

/**
 * A horizontal bar, decorative (the figures are written beside it): an SVG whose width is an
 * attribute, so no inline style is needed (and Solid's style helper stays out of the quiz pages'
 * shared chunk).
 */
function Bar(props: { class: string; percent: number }) {
  return (
    <svg class={props.class} viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true">
      <rect class="bar-track" width="100" height="1" />
      <rect class="bar-fill" width={props.percent} height="1" />
    </svg>
  );
}

/** Step bars: full marks and the steps someone reached (a story has eleven steps, most empty). */
const shownBars = (result: QuestionResult): AnswerCount[] =>
  result.distribution.filter((bar) => bar.text !== '' || bar.right || bar.count > 0);

/**
 * One question of the class summary: share right as a bar and in words, the answers given with the
 * most common wrong one marked in words as well as colour, and for a question to revisit the
 * explanation and the notes' discussion prompt.
 */
export default function QuestionSummary(props: Props) {
  const barName = (bar: AnswerCount) =>
    bar.text !== ''
      ? `${bar.label}. `
      : props.result.type === 'scenario'
        ? bar.label
        : fill(props.strings.stepLabel, { label: bar.label });
  const share = (count: number) => (props.tickets === 0 ? 0 : (count / props.tickets) * 100);
  return (
    <article
      class="class-question"
      classList={{ 'is-revisit': props.result.revisit }}
      aria-labelledby={`${props.idPrefix}-q-${props.number}`}
    >
      <p class="meta">
        {fill(props.strings.questionOf, { number: props.number, total: props.total })}
        <Show when={props.result.revisit}>
          {' · '}
          <strong class="revisit-tag">{props.strings.revisit}</strong>
        </Show>
      </p>
      <h3 id={`${props.idPrefix}-q-${props.number}`}>
        <Label text={props.result.prompt} />
      </h3>
      <Bar class="share-bar" percent={percent(props.result.shareRight)} />
      <p class="share-words">
        {fill(props.strings.shareRight, {
          percent: new Intl.NumberFormat(props.locale).format(percent(props.result.shareRight)),
          right: props.result.right,
          tickets: props.tickets,
        })}
      </p>
      <h4>{props.strings.distribution}</h4>
      <ul class="distribution">
        <For each={shownBars(props.result)}>
          {(bar) => (
            <li classList={{ 'is-right': bar.right, 'is-common-wrong': bar.key === props.result.commonWrong }}>
              <span class="answer-name">
                {barName(bar)}
                <Show when={bar.text}>
                  <Label text={bar.text} />
                </Show>
                <Show when={bar.right}>
                  {' '}
                  <em>({props.strings.rightAnswer})</em>
                </Show>
                <Show when={bar.key === props.result.commonWrong}>
                  {' '}
                  <strong>({props.strings.commonWrong})</strong>
                </Show>
              </span>
              <Bar class="answer-bar" percent={share(bar.count)} />
              <span class="answer-count">{bar.count}</span>
            </li>
          )}
        </For>
      </ul>
      <Show when={props.result.blank > 0}>
        <p class="meta">{fill(props.strings.blankCount, { count: props.result.blank })}</p>
      </Show>
      <Show when={props.result.revisit}>
        <div class="box revisit-help">
          <h4>{props.strings.explanation}</h4>
          <p>
            <Label text={props.result.explanation} />
          </p>
          <Show when={props.prompt}>
            {(prompt) => (
              <>
                <h4>{props.strings.discussion}</h4>
                <p>
                  <strong>{prompt().question}</strong>
                </p>
                <p>
                  <em>{props.strings.expected}:</em> {prompt().expected}
                </p>
              </>
            )}
          </Show>
        </div>
      </Show>
    </article>
  );
}
