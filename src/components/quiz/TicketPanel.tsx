import { createSignal, Show } from 'solid-js';
import { fill } from '../../i18n/fill';
import { qrCodeSvg } from '../../lib/qr-code';
import type { Answer, QuizView } from '../../lib/quiz/types';
import { encodeTicket, ticketFromAnswers } from '../../lib/tickets/ticket';
import type { QuizStrings } from './strings';

export interface TicketProps {
  quiz: QuizView;
  answers: Record<string, Answer>;
  attempt: string;
  strings: QuizStrings;
  onHide: () => void;
}

/**
 * The pupil's exit ticket (see `lib/tickets/FORMAT.md`): a QR code for the teacher's camera and
 * the same short code to type. Loaded only when the pupil asks for it, with the QR generator.
 * Nothing is sent: the teacher's device reads the screen.
 */
export default function TicketPanel(props: TicketProps) {
  // eslint-disable-next-line solid/reactivity -- the end screen's answers do not change while it shows
  const code = encodeTicket(props.quiz, ticketFromAnswers(props.quiz, props.answers, props.attempt));
  // A signal, not createResource: the quiz chunk would have to carry Solid's resource code.
  const [svg, setSvg] = createSignal<string>();
  void qrCodeSvg(code).then(setSvg);
  return (
    <section class="ticket" aria-labelledby="ticket-title">
      <h4 id="ticket-title" tabindex="-1" ref={(heading) => queueMicrotask(() => heading.focus())}>
        {props.strings.ticketTitle}
      </h4>
      <p>{props.strings.ticketHelp}</p>
      <Show when={svg()}>
        {(markup) => (
          // eslint-disable-next-line solid/no-innerhtml -- our own QR generator's SVG of a code made only of the ticket alphabet
          <div class="ticket-qr" role="img" aria-label={props.strings.ticketQr} innerHTML={markup()} />
        )}
      </Show>
      <p class="ticket-code">
        <span class="visually-hidden">{fill(props.strings.ticketCodeSpoken, { code: [...code].join(' ') })}</span>
        <code aria-hidden="true" data-ticket-code>
          {code}
        </code>
      </p>
      <p class="meta">{props.strings.ticketPrivacy}</p>
      <button type="button" class="secondary" onClick={() => props.onHide()}>
        {props.strings.ticketHide}
      </button>
    </section>
  );
}
