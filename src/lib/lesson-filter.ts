/** What a lesson is filtered on (written as data attributes on its card and its map row). */
export interface Filterable {
  band: string;
  topics: readonly string[];
  duration: number;
}

/** The teacher's choice; an empty value means "any". */
export interface LessonFilter {
  band?: string;
  topic?: string;
  /** Longest lesson wanted, in minutes. */
  maxDuration?: number;
}

/** Whether a lesson matches every part of the filter that is set. */
export function matchesFilter(lesson: Filterable, filter: LessonFilter): boolean {
  if (filter.band && lesson.band !== filter.band) return false;
  if (filter.topic && !lesson.topics.includes(filter.topic)) return false;
  if (filter.maxDuration && lesson.duration > filter.maxDuration) return false;
  return true;
}

/** Reads a lesson's filter data back from its element's data attributes. */
export function filterableFrom(dataset: DOMStringMap): Filterable {
  return {
    band: dataset['band'] ?? '',
    topics: (dataset['topics'] ?? '').split(' ').filter(Boolean),
    duration: Number(dataset['duration'] ?? 0),
  };
}
