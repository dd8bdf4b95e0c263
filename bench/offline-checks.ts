/**
 * Issue #12's budgets for every language of a build: the quiz page's JS, the first visit of a
 * lesson page until idle, the offline copy (every lesson kept) and what each lesson adds to it.
 */
import { BUDGET, heaviestQuizPage, offlineAim, weigh, type Check } from './page-weight-core.ts';
import { firstVisitWeight, offlineCopyWeight, offlineLanguages, perLessonWeight, type Sizes } from './offline-weight.ts';

/** Issue #12: each lesson adds at most this much (gzip) to a language's offline copy. */
export const PER_LESSON_BUDGET = 40_000;

/** Per-language figures and their checks. */
export interface OfflineReport {
  lang: string;
  quizJs: number | undefined;
  firstVisit: { files: number; bytes: Sizes } | undefined;
  copy: { lessons: number; files: number; bytes: Sizes };
  perLesson: number;
}

/** Measures every language with an offline list in `dist`. */
export function offlineReports(dist: string): { reports: OfflineReport[]; checks: Check[] } {
  const reports = offlineLanguages(dist).map((lang): OfflineReport => {
    const quizPage = heaviestQuizPage(dist, lang);
    return {
      lang,
      quizJs: quizPage === undefined ? undefined : weigh(dist, 'lesson with quiz', quizPage).js[1],
      firstVisit: firstVisitWeight(dist, lang),
      copy: offlineCopyWeight(dist, lang),
      perLesson: Math.round(perLessonWeight(dist, lang)),
    };
  });
  const checks = reports.flatMap((r): Check[] => [
    ...(r.quizJs === undefined
      ? []
      : [{ what: `${r.lang}: JS of the heaviest quiz page, first load (gzip)`, value: r.quizJs, budget: BUDGET.quizJs }]),
    ...(r.firstVisit === undefined
      ? []
      : [
          {
            what: `${r.lang}: first visit of a lesson page until idle (gzip)`,
            value: r.firstVisit.bytes[1],
            budget: BUDGET.firstVisit,
          },
        ]),
    { what: `${r.lang}: offline copy, every lesson (gzip)`, value: r.copy.bytes[1], budget: offlineAim(r.copy.lessons) },
    { what: `${r.lang}: lesson page in the offline copy (gzip, average)`, value: r.perLesson, budget: PER_LESSON_BUDGET },
  ]);
  return { reports, checks };
}
