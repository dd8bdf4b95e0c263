/**
 * Which modules make the quiz's one chunk (astro.config.mjs, the `islands` group): Solid, the
 * stores and the quiz code a pupil needs to answer the first question: one request, and gzip
 * shares its dictionary across all of it. Everything else of the quiz is fetched by import() when
 * needed, and must stay out of the chunk, or the chunk would carry it for every quiz page.
 */

/** Quiz components fetched later (lazy-parts.ts, common-views.ts; the exit ticket on a tap). */
const LATER_COMPONENTS = [
  'QuestionFeedback',
  'QuestionReadAloud',
  'ReadAloud',
  'QuizEnd',
  'EndScreen',
  'TicketPanel',
  'OrderingView',
  'ScenarioView',
  'ReflectionView',
];

/** Quiz logic only those later parts use. */
const LATER_LOGIC = ['speech-text', 'short-feedback', 'retry'];

/** Stores of other pages (the class page, the progress page's device summary) and of the end screen. */
const OTHER_STORES = ['device-data', 'class-results', 'quiz-end'];

const any = (names: string[]) => names.join('|');
const SOLID_AND_STORES = /node_modules[\\/](solid-js[\\/](?!store[\\/])|nanostores[\\/]|@nanostores[\\/])/;
const QUIZ_COMPONENT = new RegExp(`[\\\\/]src[\\\\/]components[\\\\/]quiz[\\\\/](?!(${any(LATER_COMPONENTS)})\\.)`);
const QUIZ_LOGIC = new RegExp(`[\\\\/]src[\\\\/](lib[\\\\/]quiz[\\\\/](?!(${any(LATER_LOGIC)})\\.)|i18n[\\\\/]fill\\.)`);
const STORE = new RegExp(`[\\\\/]src[\\\\/]stores[\\\\/](?!(${any(OTHER_STORES)})\\.)`);

/** Whether a module (its id as the bundler sees it) belongs in the quiz's chunk. */
export const inQuizChunk = (id: string): boolean =>
  SOLID_AND_STORES.test(id) || QUIZ_COMPONENT.test(id) || QUIZ_LOGIC.test(id) || STORE.test(id);
