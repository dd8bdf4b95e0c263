import { LANGUAGES } from '../schemas/languages';

const PUPIL_LESSON = /(?:^|\/)lessons\/([a-z]{2})\/([a-z0-9-]+)\.mdx$/;

/** Ids of the pupil lessons (`lessons/{lang}/{id}.mdx`, not `.teacher.mdx`) found in every language, from file paths. */
export function lessonIdsInEveryLanguage(paths: readonly string[]): Set<string> {
  const byId = new Map<string, Set<string>>();
  for (const path of paths) {
    const match = PUPIL_LESSON.exec(path.replace(/\\/g, '/'));
    if (!match) continue;
    const lang = match[1]!;
    const id = match[2]!;
    byId.set(id, (byId.get(id) ?? new Set()).add(lang));
  }
  return new Set([...byId].filter(([, langs]) => LANGUAGES.every((lang) => langs.has(lang))).map(([id]) => id));
}
