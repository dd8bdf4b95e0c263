import { createSignal, For, onCleanup, onMount, Show, type Component } from 'solid-js';
import { fill } from '../../i18n/fill';
import { telHref, unbreakable } from '../../lib/phone';
import type { Answer, QuestionView, QuizView } from '../../lib/quiz/types';
import { clearWhenLeavingIfShared } from '../../stores/quiz-end';
import { eraseQuizProgress, isSharedDevice } from '../../stores/shared-device';
import type { HelpLine } from './help-lines';
import type { QuizStrings } from './strings';
import type { TicketProps } from './TicketPanel';

interface Props {
  quiz: QuizView;
  score: string;
  total: number;
  questions: QuestionView[];
  /** Ids of the questions answered wrongly or partly. */
  missed: string[];
  help: HelpLine[];
  helpHref: string;
  /** True when the pupil just arrived here (not on page load): focus goes to the results. */
  focusOnMount: boolean;
  /** The attempt's answers and seed, for the exit ticket. */
  answers: Record<string, Answer>;
  attempt: string;
  strings: QuizStrings;
  onReview: (index: number) => void;
  onRetry: (onlyMissed: boolean) => void;
}

/**
 * The end of the quiz: the score in words, what to remember (a link to the lesson's summary),
 * questions to look at again, the exit ticket for the teacher (its code and QR generator load on
 * the first tap), try again, "I'm done: clear my answers", and where to find help.
 * The picture above it is drawn by the page and shown by CSS (no icon set in the island). On a
 * shared device the quiz is forgotten when the pupil leaves the page.
 */
export default function EndScreen(props: Props) {
  let heading: HTMLHeadingElement | undefined;
  let done: HTMLParagraphElement | undefined;
  const [cleared, setCleared] = createSignal(false);
  const [ticket, setTicket] = createSignal<Component<TicketProps>>();
  const showTicket = () => void import('./TicketPanel').then((panel) => setTicket(() => panel.default));
  const shared = isSharedDevice();
  onMount(() => {
    if (props.focusOnMount) heading?.focus();
    onCleanup(clearWhenLeavingIfShared(props.quiz));
  });
  const clear = () => {
    eraseQuizProgress(props.quiz.id);
    setCleared(true);
    done?.focus();
  };
  return (
    <section class="box result" aria-labelledby="quiz-end">
      <h3 id="quiz-end" tabindex="-1" ref={heading}>
        {props.strings.endTitle}
      </h3>
      <Show
        when={!cleared()}
        fallback={
          <>
            <p role="status" tabindex="-1" ref={done}>
              {props.strings.cleared}
            </p>
            <button type="button" onClick={() => props.onRetry(false)}>
              {props.strings.start}
            </button>
          </>
        }
      >
        <p role="status">
          <strong>{fill(props.strings.score, { score: props.score, total: props.total })}</strong>
        </p>
        <Show when={props.missed.length === 0}>
          <p>{props.strings.allRight}</p>
        </Show>
        <p>
          <a href="#remember">{props.strings.rememberLink}</a>
        </p>
        <Show when={props.missed.length > 0}>
          <h4>{props.strings.review}</h4>
          <ul class="review">
            <For each={props.questions}>
              {(question, index) => (
                <Show when={props.missed.includes(question.id)}>
                  <li>
                    <button type="button" class="link" onClick={() => props.onReview(index())}>
                      {fill(props.strings.goTo, { number: index() + 1, prompt: question.prompt })}
                    </button>
                  </li>
                </Show>
              )}
            </For>
          </ul>
        </Show>
        <Show
          when={ticket()}
          fallback={
            <p>
              <button type="button" onClick={showTicket}>
                {props.strings.ticketShow}
              </button>
            </p>
          }
        >
          {(Panel) => {
            const Ticket = Panel();
            return (
              <Ticket
                quiz={props.quiz}
                answers={props.answers}
                attempt={props.attempt}
                strings={props.strings}
                onHide={() => setTicket(undefined)}
              />
            );
          }}
        </Show>
        <div class="quiz-nav">
          <Show when={props.missed.length > 0}>
            <button type="button" onClick={() => props.onRetry(true)}>
              {props.strings.retryMissed}
            </button>
          </Show>
          <button type="button" class="secondary" onClick={() => props.onRetry(false)}>
            {props.strings.retry}
          </button>
        </div>
        <Show when={shared}>
          <p class="meta">{props.strings.shared}</p>
        </Show>
        <p>
          <button type="button" class="secondary" onClick={clear}>
            {props.strings.clear}
          </button>
        </p>
      </Show>
      <h4>{props.strings.helpTitle}</h4>
      <ul class="help-lines">
        <For each={props.help}>
          {(line) => (
            <li>
              <Show when={line.phone} fallback={<a href={line.web}>{line.name}</a>}>
                {(phone) => (
                  <>
                    {line.name}: <a href={telHref(phone())}>{unbreakable(phone())}</a>
                  </>
                )}
              </Show>
            </li>
          )}
        </For>
      </ul>
      <p>
        <a href={props.helpHref}>{props.strings.helpAll}</a>
      </p>
    </section>
  );
}
