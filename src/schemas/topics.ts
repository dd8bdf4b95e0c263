import { z } from 'astro/zod';

/**
 * Topics a lesson can be filed under. Labels live in `src/i18n/*.json` as `topic.<id>`.
 * Add a topic here and its label in every language.
 */
export const TOPICS = [
  'body-safety',
  'secrets',
  'trusted-adults',
  'photos',
  'privacy',
  'fake-profiles',
  'grooming',
  'nudes',
  'sextortion',
  'consent',
  'law',
  'relationships',
  'harassment',
  'bystanders',
  'media-literacy',
  'help-seeking',
  'online-safety',
  'deepfakes',
  'pornography',
  'body-image',
  'scams',
  'advertising',
  'feeds',
  'digital-rights',
] as const;

/** A topic id. */
export type Topic = (typeof TOPICS)[number];

/** Schema of a topic id; the message lists the allowed topics. */
export const topicSchema = z.enum(TOPICS, {
  error: (issue) =>
    `unknown topic ${JSON.stringify(issue.input)}: use one of ${TOPICS.join(', ')} (or add it to src/schemas/topics.ts and its label to src/i18n/*.json)`,
});
