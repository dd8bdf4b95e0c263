import { speechText } from '../../lib/quiz/speech-text';
import type { Answer, QuestionView } from '../../lib/quiz/types';
import ReadAloud from './ReadAloud';
import type { QuizStrings } from './strings';

interface Props {
  question: QuestionView;
  answer: Answer | undefined;
  /** BCP 47 language of the page, for the voice. */
  lang: string;
  strings: QuizStrings;
}

/** Reads the question aloud: its prompt, then its options or cards as the pupil sees them (speech-text.ts). */
export default function QuestionReadAloud(props: Props) {
  return <ReadAloud text={speechText(props.question, props.answer)} lang={props.lang} strings={props.strings} />;
}
