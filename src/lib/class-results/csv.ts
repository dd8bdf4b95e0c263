import type { ClassSummary } from './summary';

/** The byte-order mark that makes Excel read the file as UTF-8 (accents in French and Dutch). */
export const BOM = '\uFEFF';

/**
 * One CSV cell. A cell that a spreadsheet would run as a formula (starting with = + - @, a tab or a
 * carriage return) gets a leading apostrophe; then any cell with a separator, quote or line
 * break is quoted, its quotes doubled. Numbers are written as they are.
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The separator Excel expects in a locale: a semicolon where the decimal mark is a comma (fr-BE,
 * nl-BE), else a comma; Excel opens a file with the other one as a single column.
 */
export function csvSeparator(locale: string): ',' | ';' {
  return new Intl.NumberFormat(locale).format(1.5).includes(',') ? ';' : ',';
}

/** Rows of cells to CSV text: CRLF line ends, with the BOM. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>, separator: ',' | ';' = ','): string {
  return BOM + rows.map((row) => row.map(csvCell).join(separator)).join('\r\n') + '\r\n';
}

/** Column titles of the export, in the teacher's language. */
export interface CsvHeadings {
  question: string;
  prompt: string;
  shareRight: string;
  right: string;
  blank: string;
  answers: string;
  tickets: string;
  average: string;
}

/**
 * The class summary as CSV: one row per scored question (its number, prompt, share right in %,
 * number right, blanks, then "answer: count" cells of its distribution), then the number of tickets
 * and the class average, separated as Excel expects in `locale`. Nothing about a pupil.
 */
export function summaryCsv(summary: ClassSummary, headings: CsvHeadings, locale: string): string {
  const number = new Intl.NumberFormat(locale);
  const rows: Array<Array<string | number>> = [
    [headings.question, headings.prompt, headings.shareRight, headings.right, headings.blank, headings.answers],
  ];
  summary.questions.forEach((question, index) => {
    rows.push([
      index + 1,
      question.prompt,
      Math.round(question.shareRight * 100),
      question.right,
      question.blank,
      ...question.distribution.map((bar) => `${bar.label}${bar.text ? ` ${bar.text}` : ''}: ${bar.count}`),
    ]);
  });
  rows.push([], [headings.tickets, summary.tickets], [headings.average, `${number.format(summary.average)}/${summary.scored}`]);
  return toCsv(rows, csvSeparator(locale));
}
