import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '../..');

/** A lesson of the site with its band and its quiz's question types, read from the content files. */
export interface LessonInfo {
  id: string;
  band: string;
  types: string[];
}

/** Every lesson (English files) with the question types of its quiz. */
export function lessonsWithQuizTypes(): LessonInfo[] {
  const dir = join(ROOT, 'lessons/en');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx') && !name.endsWith('.teacher.mdx'))
    .sort()
    .map((name) => {
      const front = parse(readFileSync(join(dir, name), 'utf8').split(/^---$/m)[1] ?? '') as { band: string; quiz?: string };
      const quiz = front.quiz
        ? (parse(readFileSync(join(ROOT, 'quizzes', `${front.quiz}.yaml`), 'utf8')) as { questions: Array<{ type: string }> })
        : undefined;
      return { id: name.replace(/\.mdx$/, ''), band: front.band, types: quiz?.questions.map((q) => q.type) ?? [] };
    });
}

/** A few lessons whose quizzes together use every question type the site uses (greedy cover). */
export function lessonsCoveringTypes(lessons = lessonsWithQuizTypes()): { lessons: LessonInfo[]; types: Set<string> } {
  const all = new Set(lessons.flatMap((lesson) => lesson.types));
  const chosen: LessonInfo[] = [];
  const covered = new Set<string>();
  while (covered.size < all.size) {
    const best = lessons
      .map((lesson) => ({ lesson, gain: new Set(lesson.types.filter((type) => !covered.has(type))).size }))
      .sort((a, b) => b.gain - a.gain)[0]!;
    chosen.push(best.lesson);
    best.lesson.types.forEach((type) => covered.add(type));
  }
  return { lessons: chosen, types: all };
}
