import { z } from 'astro/zod';
import { isoDate, minutes, text, textList } from './fields';

/** One timed step of the lesson plan. */
export const stepSchema = z.object({
  /** Minutes the step takes; the steps add up to the lesson's duration. */
  minutes: minutes('steps[].minutes', 1, 60),
  /** Short name of the step ("Warm-up", "Scenario"). */
  title: text('steps[].title', '"Warm-up"'),
  /** What the teacher and the class do. */
  activity: text('steps[].activity', '"Pupils say where they use a phone."'),
});

/** A discussion question with the answers a teacher can expect or steer towards. */
export const promptSchema = z.object({
  /** The question the teacher asks. */
  question: text('prompts[].question', '"Why might Sam feel ashamed?"'),
  /** Answers to expect or to bring in. */
  expected: text('prompts[].expected', '"Because…; it is never Sam\'s fault."'),
  /**
   * Optional: ids of the quiz questions this prompt discusses. The class results page shows the
   * prompt beside those questions when the class needs to revisit them (otherwise it matches by words).
   */
  questions: z.array(z.string(), { error: '"prompts[].questions" must be a list of quiz question ids' }).optional(),
});

/** Links to the curricula the lesson serves. */
export const curriculumSchema = z.object({
  /** EVRAS themes (Fédération Wallonie-Bruxelles guide for relational, affective and sexual life education). */
  evras: textList('curriculum.evras', '"Vie relationnelle: consentement"'),
  /** Flemish attainment targets for media literacy (eindtermen/minimumdoelen), by code and name. */
  flanders: textList('curriculum.flanders', '"Mediawijsheid: veilig en verantwoord omgaan met media"'),
  /** UNESCO ITGSE (2018) key concepts and topics, e.g. "4.1 Gender-based violence". */
  unesco: textList('curriculum.unesco', '"Key concept 4.3: Sexual abuse and safety"'),
  /** Media-education references of the Fédération Wallonie-Bruxelles (lessons of the media-literacy strand; optional). */
  fwbMedia: textList('curriculum.fwbMedia', '"Éducation aux médias: lire les médias"').optional(),
});

/**
 * Front matter of teacher notes: `lessons/<lang>/<id>.teacher.mdx`, one per lesson and language.
 * The body holds the prose sections as components: <Background>, <Safeguarding>, <FollowUp>, <ParentNote>.
 */
export const teacherNotesSchema = z.object({
  /** Learning objectives: "Pupils will be able to…". */
  objectives: textList('objectives', '"explain why a secret that makes you sad must be told"'),
  /** Timed steps of the lesson. */
  steps: z
    .array(stepSchema, { error: '"steps" must be a list of { minutes, title, activity }' })
    .min(2, { error: '"steps" needs at least two timed steps' }),
  /** What the teacher needs in class. */
  materials: textList('materials', '"Projector"'),
  /** What to do before the lesson. */
  preparation: textList('preparation', '"Tell the school\'s designated person the date of the lesson."'),
  /** Discussion prompts with expected answers. */
  prompts: z
    .array(promptSchema, { error: '"prompts" must be a list of { question, expected }' })
    .min(2, { error: '"prompts" needs at least two discussion prompts' }),
  /** How to adapt the lesson. */
  differentiation: z.object(
    {
      /** For pupils who need more support. */
      support: text('differentiation.support', '"Read the scenario aloud…"'),
      /** For pupils who are ready for more. */
      challenge: text('differentiation.challenge', '"Write a message to…"'),
    },
    { error: '"differentiation" must have "support:" and "challenge:"' },
  ),
  /** Curriculum links. */
  curriculum: curriculumSchema,
  /** When the notes were last checked against the content guide (YYYY-MM-DD). */
  lastReviewed: isoDate('lastReviewed'),
});

/** Validated front matter of teacher notes. */
export type TeacherNotesData = z.infer<typeof teacherNotesSchema>;
