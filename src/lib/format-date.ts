import type { Lang } from '../schemas/languages';
import { localeOf } from './locale';

/** A date as the reader writes it ("28 novembre 2026"), in UTC so the build is reproducible. */
export function formatDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
