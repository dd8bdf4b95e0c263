import { createMemo, For } from 'solid-js';
import { fill } from '../../i18n/fill';
import { gridQuestions, nextCell, resizeRows, type PaperCell } from '../../lib/class-results/paper-grid';
import type { QuestionView, QuizView } from '../../lib/quiz/types';
import type { ClassStrings } from './strings';

interface Props {
  quiz: QuizView;
  rows: PaperCell[][];
  onChange: (rows: PaperCell[][]) => void;
  strings: ClassStrings;
}

/** Most worksheets a grid takes (a large class and a few spares). */
const MAX_SHEETS = 60;

const SYMBOL: Record<string, string> = { right: '✓', partly: '½', wrong: '✗', '': '' };

/** A cell as shown (a letter, or a mark's symbol) and as read aloud. */
function cellText(question: QuestionView, value: PaperCell, strings: ClassStrings): { shown: string; spoken: string } {
  if ('options' in question && (question.type === 'single' || question.type === 'true-false') && value !== '') {
    const letter = String.fromCharCode(65 + question.options.findIndex((option) => option.id === value));
    return { shown: letter, spoken: letter };
  }
  const key = value === '' ? 'blank' : value;
  return { shown: SYMBOL[value] ?? value, spoken: strings[`mark.${key}` as keyof ClassStrings] ?? value };
}

/**
 * The paper tap grid: a row per worksheet, a column per scored question; tapping a cell (or Enter
 * or Space on it) moves it to its next value; arrow keys move between cells.
 */
export default function PaperGrid(props: Props) {
  const questions = createMemo(() => gridQuestions(props.quiz));
  const rowNumbers = createMemo(() => props.rows.map((_, index) => index));
  const columnNumbers = createMemo(() => questions().map((_, index) => index));
  const tap = (row: number, column: number) => {
    const rows = props.rows.map((cells) => [...cells]);
    const cells = rows[row];
    const question = questions()[column];
    if (!cells || !question) return;
    cells[column] = nextCell(question, cells[column] ?? '');
    props.onChange(rows);
  };
  const move = (event: KeyboardEvent) => {
    const steps: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const step = steps[event.key];
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-cell]');
    if (!step || !cell) return;
    const [row, column] = (cell.dataset['cell'] ?? '').split(':').map(Number) as [number, number];
    const next = (event.currentTarget as HTMLElement).querySelector<HTMLElement>(
      `[data-cell="${row + step[0]}:${column + step[1]}"]`,
    );
    if (next) {
      event.preventDefault();
      next.focus();
    }
  };
  return (
    <section class="class-paper no-print" aria-labelledby="class-paper-title">
      <h3 id="class-paper-title">{props.strings.paperTitle}</h3>
      <p>{props.strings.paperIntro}</p>
      <label class="class-sheets">
        {props.strings.pupils}{' '}
        <input
          type="number"
          min="0"
          max={MAX_SHEETS}
          inputmode="numeric"
          value={props.rows.length}
          onChange={(event) => {
            const count = Math.min(MAX_SHEETS, Math.max(0, Math.round(Number(event.currentTarget.value) || 0)));
            props.onChange(resizeRows(props.quiz, props.rows, count));
          }}
        />
      </label>
      <div class="paper-scroll">
        <table class="paper-grid" onKeyDown={move}>
          <thead>
            <tr>
              <td />
              <For each={questions()}>
                {(question, column) => (
                  <th scope="col" title={question.prompt}>
                    {fill(props.strings.questionShort, { number: column() + 1 })}
                  </th>
                )}
              </For>
            </tr>
          </thead>
          <tbody>
            {/* Keyed by row and column numbers, so a tap redraws one cell and the focus stays on it. */}
            <For each={rowNumbers()}>
              {(row) => (
                <tr>
                  <th scope="row">{fill(props.strings.sheet, { number: row + 1 })}</th>
                  <For each={columnNumbers()}>
                    {(column) => {
                      const value = () => props.rows[row]?.[column] ?? '';
                      const text = () => cellText(questions()[column]!, value(), props.strings);
                      return (
                        <td>
                          <button
                            type="button"
                            class="paper-cell"
                            data-cell={`${row}:${column}`}
                            data-value={value()}
                            aria-label={fill(props.strings.cellLabel, {
                              sheet: row + 1,
                              question: column + 1,
                              value: text().spoken,
                            })}
                            onClick={() => tap(row, column)}
                          >
                            {text().shown}
                          </button>
                        </td>
                      );
                    }}
                  </For>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </section>
  );
}
