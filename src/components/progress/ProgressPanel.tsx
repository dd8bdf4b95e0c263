import { useStore } from '../../stores/use-store';
import { createSignal, For, onMount, Show } from 'solid-js';
import type { AreaKeys } from '../../i18n';
import { fill } from '../../i18n/fill';
import { summarizeDeviceData, type KnownQuiz } from '../../lib/device-summary';
import { formatScore } from '../../lib/quiz/score';
import { eraseDeviceData, readDeviceData } from '../../stores/device-data';
import { $preferences, PREFERENCES_KEY, setReadAloud } from '../../stores/preferences';
import { listClasses, eraseAllClasses, eraseClass } from '../../stores/class-results';
import type { StoredClass } from '../../lib/class-results/stored-classes';
import ClassList from './ClassList';
import OfflinePanel from './OfflinePanel';

interface Props {
  quizzes: KnownQuiz[];
  /** Language of the page (`fr`), its BCP 47 locale, and the site's base path. */
  lang: string;
  locale: string;
  base: string;
  strings: Record<AreaKeys<'progress.'>, string>;
}

/** Lists what this device remembers and erases it on request. */
export default function ProgressPanel(props: Props) {
  const [summary, setSummary] = createSignal<ReturnType<typeof summarizeDeviceData>>({ quizzes: [], other: [] });
  const [status, setStatus] = createSignal('');
  const [ready, setReady] = createSignal(false);
  const preferences = useStore($preferences);
  const [classes, setClasses] = createSignal<StoredClass[]>([]);
  const refresh = () => {
    setSummary(summarizeDeviceData(readDeviceData(), props.quizzes));
    setClasses(listClasses());
  };
  onMount(() => {
    refresh();
    setReady(true);
  });
  const empty = () => summary().quizzes.length === 0 && summary().other.length === 0 && classes().length === 0;
  const erase = () => {
    eraseDeviceData();
    $preferences.set({ readAloud: false });
    refresh();
    setStatus(props.strings.erased);
  };

  return (
    <div class="progress-panel">
      <Show when={ready()}>
        <Show when={!empty()} fallback={<p>{props.strings.empty}</p>}>
          <ul class="cards">
            <For each={summary().quizzes}>
              {(quiz) => (
                <li class="card">
                  <Show when={quiz.href} fallback={<p>{props.strings.unknownQuiz}</p>}>
                    <p>
                      <a href={quiz.href}>{quiz.title}</a>
                    </p>
                  </Show>
                  <p class="meta">
                    {quiz.completed
                      ? fill(props.strings.quizDone, { score: formatScore(quiz.score ?? 0, props.locale), total: quiz.scored })
                      : fill(props.strings.quizStarted, { checked: quiz.checked, total: quiz.total })}
                  </p>
                </li>
              )}
            </For>
            <For each={summary().other}>
              {(key) => <li class="card">{key === PREFERENCES_KEY ? props.strings.preferences : key}</li>}
            </For>
          </ul>
          <ClassList
            classes={classes()}
            quizzes={props.quizzes}
            locale={props.locale}
            strings={props.strings}
            onEraseClass={(entry) => {
              eraseClass(entry.quizId, entry.label);
              refresh();
              setStatus(props.strings.erasedClasses);
            }}
            onEraseAll={() => {
              eraseAllClasses();
              refresh();
              setStatus(props.strings.erasedClasses);
            }}
          />
          <button type="button" onClick={erase}>
            {props.strings.erase}
          </button>
        </Show>
      </Show>
      <p role="status">{status()}</p>
      <Show when={ready()}>
        <OfflinePanel lang={props.lang} locale={props.locale} base={props.base} strings={props.strings} onStatus={setStatus} />
      </Show>
      <Show when={ready()}>
        <h2>{props.strings.preferences}</h2>
        <label class="option-like">
          <input
            type="checkbox"
            checked={preferences().readAloud}
            onChange={(event) => {
              setReadAloud(event.currentTarget.checked);
              refresh();
            }}
          />{' '}
          {props.strings.readAloud}
        </label>
      </Show>
    </div>
  );
}
