import { schoolConfig } from '../config/school';
import { BANDS } from '../schemas/bands';
import { lessonsIn } from './catalogue';

/** One page per enabled language. */
export function languagePaths() {
  return schoolConfig.languages.map((lang) => ({ params: { lang }, props: { lang } }));
}

/** One page per language and age band. */
export function bandPaths() {
  return schoolConfig.languages.flatMap((lang) => BANDS.map((band) => ({ params: { lang, band }, props: { lang, band } })));
}

/** One page per language and lesson. */
export async function lessonPaths() {
  const perLang = await Promise.all(schoolConfig.languages.map((lang) => lessonsIn(lang)));
  return perLang.flat().map((lesson) => ({
    params: { lang: lesson.lang, id: lesson.lessonId },
    props: { lang: lesson.lang, id: lesson.lessonId },
  }));
}

/** One page per language and lesson that has a quiz (the class results page). */
export async function quizLessonPaths() {
  const perLang = await Promise.all(schoolConfig.languages.map((lang) => lessonsIn(lang)));
  return perLang
    .flat()
    .filter((lesson) => lesson.data.quiz !== undefined)
    .map((lesson) => ({ params: { lang: lesson.lang, id: lesson.lessonId }, props: { lang: lesson.lang, id: lesson.lessonId } }));
}
