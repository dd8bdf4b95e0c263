// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { stringsWithPrefix } from '../../i18n';
import { fill } from '../../i18n/fill';
import { classQuiz, ticket } from '../../lib/class-results/test-class';
import { encodeTicket } from '../../lib/tickets/ticket';
import { classKey, eraseAllClasses } from '../../stores/class-results';
import ClassResults from './ClassResults';

const s = stringsWithPrefix('en', 'class.');
const code = (nonce: number) => encodeTicket(classQuiz, ticket(nonce, { 'single-q': { kind: 'choice', options: ['c'] } }));

afterEach(() => {
  cleanup();
  eraseAllClasses();
  localStorage.clear();
});

const island = () =>
  render(() => (
    <ClassResults
      quiz={classQuiz}
      lessonId="class-lesson"
      prompts={[]}
      locale="en-GB"
      strings={s}
      scannerStrings={stringsWithPrefix('en', 'scanner.')}
    />
  ));

async function typeCode(text: string) {
  fireEvent.input(screen.getByLabelText(s.typeLabel), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: s.typeButton }));
}

describe('<ClassResults>', () => {
  it('asks for a class first, then counts typed codes once, announcing each outcome', async () => {
    island();
    expect(screen.getByText(s.chooseFirst)).toBeTruthy();
    fireEvent.input(screen.getByLabelText(s.label), { target: { value: ' 5A ' } });
    fireEvent.click(screen.getByRole('button', { name: s.labelOpen }));
    const status = screen.getAllByRole('status')[0]!;
    await typeCode(code(1));
    await waitFor(() => expect(status.textContent).toBe(fill(s.counted, { count: 1 })));
    expect((screen.getByLabelText(s.typeLabel) as HTMLInputElement).value).toBe('');
    await typeCode(code(1));
    await waitFor(() => expect(status.textContent).toBe(s.duplicate));
    await typeCode('ZZZZ');
    await waitFor(() => expect(status.textContent).toBe(fill(s.refused, { reason: s['error.length'] })));
    expect((screen.getByLabelText(s.typeLabel) as HTMLInputElement).value).toBe('ZZZZ');
    expect(screen.getByText(fill(s.count, { count: 1 }))).toBeTruthy();
    expect(screen.getByText(fill(s.tickets, { count: 1 }))).toBeTruthy();
    expect(localStorage.getItem(classKey(classQuiz.id, '5A'))).toContain(code(1));
  });

  it('opens the newest kept class on load and reports its tickets of an older quiz', async () => {
    const stale = {
      v: 1,
      quizId: classQuiz.id,
      label: '6B',
      updated: '2026-12-01T00:00:00.000Z',
      codes: ['1234-5678-9ABC'],
      paper: { columns: [], rows: [] },
    };
    localStorage.setItem(classKey(classQuiz.id, '6B'), JSON.stringify(stale));
    island();
    await waitFor(() => expect(screen.getByRole('heading', { name: fill(s.current, { label: '6B' }) })).toBeTruthy());
    expect(screen.getByText(fill(s.older, { count: 1 }))).toBeTruthy();
    expect(screen.getByText(s.noTickets)).toBeTruthy();
  });
});
