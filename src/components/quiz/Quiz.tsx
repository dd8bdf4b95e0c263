import { useStore } from '@nanostores/solid';
import { createSignal, For, onMount, Show } from 'solid-js';
import { emptyProgress } from '../../lib/quiz/progress';
import type { QuizView } from '../../lib/quiz/types';
import { checkAnswer, chooseAnswer, quizProgress, restartQuiz } from '../../stores/quiz-progress';
import ChoiceQuestion from './ChoiceQuestion';
import QuizResult from './QuizResult';
import type { QuizStrings } from './strings';

interface Props {
  quiz: QuizView;
  /** BCP 47 language of the page, for number formatting. */
  lang: string;
  strings: QuizStrings;
}

/**
 * The quiz island. Progress lives in the quiz's persistent store; it is read only after mount,
 * because the server rendered the empty state and Solid does not repair a hydration mismatch.
 */
export default function Quiz(props: Props) {
  let root: HTMLDivElement | undefined;
  const [mounted, setMounted] = createSignal(false);
  onMount(() => setMounted(true));
  const stored = useStore(quizProgress(props.quiz.id));
  const progress = () => (mounted() ? stored() : emptyProgress());
  const score = () => new Intl.NumberFormat(props.lang).format(progress().score ?? 0);

  const retry = () => {
    restartQuiz(props.quiz.id);
    queueMicrotask(() => root?.querySelector<HTMLInputElement>('input')?.focus());
  };

  return (
    <div ref={root} class="quiz-body">
      <For each={props.quiz.questions}>
        {(question, index) => (
          <ChoiceQuestion
            quizId={props.quiz.id}
            question={question}
            number={index() + 1}
            total={props.quiz.questions.length}
            answer={progress().answers[question.id] ?? []}
            checked={progress().checked.includes(question.id)}
            interactive={mounted()}
            strings={props.strings}
            onChoose={(ids) => chooseAnswer(props.quiz, question.id, ids)}
            onCheck={() => checkAnswer(props.quiz, question.id)}
          />
        )}
      </For>
      <div role="status">
        <Show when={progress().completed}>
          <QuizResult score={score()} total={props.quiz.questions.length} strings={props.strings} onRetry={retry} />
        </Show>
      </div>
    </div>
  );
}
