import { For, Show } from 'solid-js';
import type { AreaKeys } from '../../i18n';
import { fill } from '../../i18n/fill';
import type { KnownQuiz } from '../../lib/device-summary';
import type { StoredClass } from '../../lib/class-results/stored-classes';

interface Props {
  classes: StoredClass[];
  quizzes: KnownQuiz[];
  locale: string;
  strings: Record<AreaKeys<'progress.'>, string>;
  onEraseClass: (entry: StoredClass) => void;
  onEraseAll: () => void;
}

/** The class results a teacher keeps in this browser: lesson, class, tickets and date, each erasable. */
export default function ClassList(props: Props) {
  const lesson = (entry: StoredClass) => props.quizzes.find((quiz) => quiz.id === entry.quizId);
  const date = (iso: string) => (iso ? new Intl.DateTimeFormat(props.locale, { dateStyle: 'medium' }).format(new Date(iso)) : '');
  return (
    <Show when={props.classes.length > 0}>
      <h2>{props.strings.classesTitle}</h2>
      <ul class="cards">
        <For each={props.classes}>
          {(entry) => {
            const title = () => lesson(entry)?.title ?? props.strings.unknownQuiz;
            return (
              <li class="card">
                <p>
                  <Show when={lesson(entry)?.classHref} fallback={title()}>
                    {(href) => <a href={href()}>{title()}</a>}
                  </Show>
                </p>
                <p class="meta">
                  {fill(props.strings.classLine, {
                    lesson: title(),
                    label: entry.label,
                    count: entry.tickets,
                    date: date(entry.updated),
                  })}
                </p>
                <button type="button" onClick={() => props.onEraseClass(entry)}>
                  {fill(props.strings.eraseClass, { label: entry.label, lesson: title() })}
                </button>
              </li>
            );
          }}
        </For>
      </ul>
      <p>
        <button type="button" onClick={() => props.onEraseAll()}>
          {props.strings.eraseClasses}
        </button>
      </p>
    </Show>
  );
}
