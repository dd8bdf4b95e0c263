import { createMemo, createSignal, onMount, Show } from 'solid-js';
import { whenIdle } from '../../lib/offline/offline-client';
import { emptyProgress } from '../../lib/quiz/progress';
import type { QuizView } from '../../lib/quiz/types';
import { $preferences } from '../../stores/preferences';
import { useStore } from '../../stores/use-store';
import { answerQuestion, checkAnswer, quizProgress, showQuestion } from '../../stores/quiz-progress';
import { usePictures } from './Label';
import type { HelpLine } from './help-lines';
import { LazyQuestionFeedback, LazyQuizEnd } from './lazy-parts';
import QuestionCard from './QuestionCard';
import type { QuizStrings } from './strings';
import { preloadViews } from './views';

/** What the quiz receives from its page: serialisable data and strings only. */
export interface QuizProps {
  quiz: QuizView;
  /** BCP 47 language of the page: number format and read-aloud voice. */
  lang: string;
  /** Read-aloud is offered for this lesson's band (6-8 and 9-11); pupils can turn it on for all. */
  readAloud: boolean;
  /** Short feedback with "tell me more" (the 6-8 band). */
  shortFeedback: boolean;
  help: HelpLine[];
  helpHref: string;
  strings: QuizStrings;
}

/**
 * The quiz island: one question at a time, progress saved on this device. The server renders the
 * first question of a fresh quiz (reachable by Tab before the script runs; the page's worksheet
 * is what shows without JavaScript); the browser renders it again over that markup (see
 * mount-quizzes.ts) and reads persisted state only after mount.
 */
export default function Quiz(props: QuizProps) {
  // eslint-disable-next-line solid/reactivity -- an island's props never change after hydration
  usePictures(props.quiz.pictures);
  const [mounted, setMounted] = createSignal(false);
  const [moved, setMoved] = createSignal(false);
  onMount(() => {
    setMounted(true);
    // What the first question does not need: the other questions' views, the feedback and the end screen.
    // A part that fails to arrive (offline) is asked for again when it is needed.
    whenIdle(() => {
      Promise.all([preloadViews(props.quiz.questions), LazyQuestionFeedback.preload(), LazyQuizEnd.preload()]).catch(() => {});
    });
  });
  const move = (to: number) => {
    setMoved(true);
    showQuestion(props.quiz, to);
  };
  // eslint-disable-next-line solid/reactivity -- an island's props never change after hydration
  const stored = useStore(quizProgress(props.quiz.id));
  const preferences = useStore($preferences);
  const progress = () => (mounted() ? stored() : emptyProgress());
  const count = () => props.quiz.questions.length;
  const index = () => Math.min(progress().current, count());
  const question = createMemo(() => props.quiz.questions[index()]);

  return (
    <div class="quiz-app" data-ready={mounted() ? 'true' : undefined}>
      <Show
        when={question()}
        keyed
        fallback={
          <LazyQuizEnd
            quiz={props.quiz}
            progress={progress()}
            lang={props.lang}
            help={props.help}
            helpHref={props.helpHref}
            strings={props.strings}
            onReview={move}
            onRetry={() => setMoved(true)}
            focusOnMount={moved()}
          />
        }
      >
        {(current) => (
          <QuestionCard
            quizId={props.quiz.id}
            question={current}
            number={index() + 1}
            total={count()}
            answer={progress().answers[current.id]}
            checked={progress().checked.includes(current.id)}
            attempt={progress().attempt}
            lang={props.lang}
            readAloud={props.readAloud || preferences().readAloud}
            short={props.shortFeedback}
            strings={props.strings}
            onAnswer={(answer) => answerQuestion(props.quiz, current.id, answer)}
            onCheck={() => checkAnswer(props.quiz, current.id)}
            onMove={(step) => move(index() + step)}
            focusOnMount={moved()}
          />
        )}
      </Show>
    </div>
  );
}
