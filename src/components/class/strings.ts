import type { AreaKeys } from '../../i18n';
import type { ScannerStrings } from './TicketScanner';

/** The class page's strings (`class.*` in src/i18n, by `stringsWithPrefix(lang, 'class.')`). */
export type ClassStrings = Record<AreaKeys<'class.'>, string>;

export type { ScannerStrings };
