import { For, Show } from 'solid-js';
import { fill } from '../../i18n/fill';
import { followScenario } from '../../lib/quiz/scenario-path';
import { markClass } from '../../lib/quiz/mark-class';
import type { ScenarioView as Scenario } from '../../lib/quiz/types';
import Label from './Label';
import type { ViewProps } from './view-props';

/** A story in steps: each choice shows its consequence and leads on, until an ending. */
export default function ScenarioView(props: ViewProps<Scenario>) {
  let root: HTMLDivElement | undefined;
  const path = () => (Array.isArray(props.answer) ? props.answer : []);
  const story = () => followScenario(props.question, path());
  const choose = (choiceId: string) => {
    props.onAnswer([...path(), choiceId]);
    // Move to what happened next, so keyboard and screen-reader users follow the story.
    queueMicrotask(() => root?.querySelector<HTMLElement>('.story-step:last-of-type .consequence, .story-now')?.focus());
  };

  return (
    <div role="group" aria-labelledby={props.labelId} class="answer story" ref={root}>
      <Show when={props.checked && story().taken.length > 0}>
        <h4>{props.strings.yourPath}</h4>
      </Show>
      <ol class="story-path">
        <For each={story().taken}>
          {({ step, choice }) => (
            <li class={`story-step${markClass(props.checked, choice.best)}`}>
              <p>{step.text}</p>
              <p>
                <strong>{fill(props.strings.chosen, { choice: choice.text })}</strong>
              </p>
              <p class="consequence" tabindex="-1">
                {choice.consequence}
              </p>
            </li>
          )}
        </For>
      </ol>
      <Show when={story().current}>
        {(step) => (
          <div class="story-now" tabindex="-1">
            <p>{step().text}</p>
            <Show when={step().choices} fallback={<p class="meta">{props.strings.storyEnd}</p>}>
              {(choices) => (
                <>
                  <p class="meta">{props.strings.scenarioHint}</p>
                  <ul class="story-choices">
                    <For each={choices()}>
                      {(choice) => (
                        <li>
                          <button type="button" class="secondary" onClick={() => choose(choice.id)}>
                            <Label text={choice.text} />
                          </button>
                        </li>
                      )}
                    </For>
                  </ul>
                </>
              )}
            </Show>
          </div>
        )}
      </Show>
      <Show when={!story().current && story().finished && story().taken.length > 0}>
        <p class="meta">{props.strings.storyEnd}</p>
      </Show>
    </div>
  );
}
