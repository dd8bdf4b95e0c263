import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { ContentFile } from '../../src/lib/catalogue-check';
import type { LintFile } from '../../src/lib/content-lint/lint';
import type { Band } from '../../src/schemas/bands';
import { formatIssues } from '../../src/lib/content-errors';
import { splitEntryId, entryIdFromPath } from '../../src/lib/entry-id';
import { LANGUAGES } from '../../src/schemas/languages';
import { lessonSchema, type LessonData } from '../../src/schemas/lesson';
import { quizSchema, type QuizData } from '../../src/schemas/quiz';
import { teacherNotesSchema, type TeacherNotesData } from '../../src/schemas/teacher-notes';

/** Splits an MDX file into its YAML front matter (parsed) and its body. */
export function splitFrontMatter(source: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) return { data: undefined, body: source };
  return { data: parse(match[1] ?? ''), body: match[2] ?? '' };
}

/** The content of a folder laid out like the project (lessons/, quizzes/), validated by the schemas. */
export interface ContentTree {
  lessons: ContentFile<LessonData>[];
  notes: ContentFile<TeacherNotesData>[];
  quizzes: Map<string, QuizData>;
  /** Schema problems, one line each, as `file: field: message`. */
  problems: string[];
}

/** Reads and validates every lesson, teacher note and quiz under `root`, as the build does. */
export function readContent(root: string): ContentTree {
  const tree: ContentTree = { lessons: [], notes: [], quizzes: new Map(), problems: [] };
  const lessonsDir = join(root, 'lessons');
  for (const lang of LANGUAGES) {
    const dir = join(lessonsDir, lang);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.mdx'))
      .sort()) {
      const path = join(dir, name);
      const file = relative(root, path);
      const { lang: fileLang, id } = splitEntryId(entryIdFromPath(`${lang}/${name}`));
      const { data, body } = splitFrontMatter(readFileSync(path, 'utf8'));
      const isNotes = name.endsWith('.teacher.mdx');
      const result = (isNotes ? teacherNotesSchema : lessonSchema).safeParse(data);
      if (!result.success) {
        tree.problems.push(...formatIssues(file, result.error.issues, data));
        continue;
      }
      const entry = { lang: fileLang, id, file, body };
      if (isNotes) tree.notes.push({ ...entry, data: result.data as TeacherNotesData });
      else tree.lessons.push({ ...entry, data: result.data as LessonData });
    }
  }
  const quizzesDir = join(root, 'quizzes');
  if (existsSync(quizzesDir)) {
    for (const name of readdirSync(quizzesDir)
      .filter((n) => n.endsWith('.yaml'))
      .sort()) {
      const file = relative(root, join(quizzesDir, name));
      const data: unknown = parse(readFileSync(join(quizzesDir, name), 'utf8'));
      const result = quizSchema.safeParse(data);
      if (result.success) tree.quizzes.set(entryIdFromPath(name), result.data);
      else tree.problems.push(...formatIssues(file, result.error.issues, data));
    }
  }
  return tree;
}

/** Every lesson, teacher note and quiz under `root` as the content linter reads them. */
export function lintFiles(root: string): LintFile[] {
  const files: LintFile[] = [];
  /** Band of each quiz, from the lessons that use it. */
  const quizBands = new Map<string, Band>();
  for (const lang of LANGUAGES) {
    const dir = join(root, 'lessons', lang);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.mdx'))
      .sort()) {
      const raw = readFileSync(join(dir, name), 'utf8');
      const { data, body } = splitFrontMatter(raw);
      const front = (data ?? {}) as { band?: Band; lastReviewed?: string | Date; quiz?: string };
      const isNotes = name.endsWith('.teacher.mdx');
      if (!isNotes && front.quiz && front.band) quizBands.set(front.quiz, front.band);
      files.push({
        file: relative(root, join(dir, name)),
        kind: isNotes ? 'notes' : 'lesson',
        raw,
        lang,
        body,
        ...(!isNotes && front.band ? { band: front.band } : {}),
        ...(front.lastReviewed ? { lastReviewed: new Date(front.lastReviewed) } : {}),
      });
    }
  }
  const quizzes = join(root, 'quizzes');
  if (existsSync(quizzes)) {
    for (const name of readdirSync(quizzes)
      .filter((n) => n.endsWith('.yaml'))
      .sort()) {
      const band = quizBands.get(entryIdFromPath(name));
      files.push({
        file: relative(root, join(quizzes, name)),
        kind: 'quiz',
        raw: readFileSync(join(quizzes, name), 'utf8'),
        ...(band ? { band } : {}),
      });
    }
  }
  return files;
}
