/**
 * The read-aloud of a lesson page, loaded on the first tap of a Listen control (ListenLesson.astro):
 * one player for the page, so that starting a section stops the one being read; labels Listen /
 * Pause / Resume; the word being read highlighted with the CSS Custom Highlight API where the
 * browser has it (no change to the page's DOM, so selection, search and layout are untouched).
 * The speech stops when the page is left or emptied (quick exit).
 */
import { lessonSections, sectionOf, textPieces } from '../../lib/read-aloud/lesson-sections';
import { createPlayer, type Player, type PlayerStatus } from '../../lib/read-aloud/player';
import { joinPieces, rangeOf, type SpokenText } from '../../lib/read-aloud/spoken-text';

const HIGHLIGHT = 'listen-word';

interface Reading {
  control: HTMLButtonElement;
  sections: Element[][];
  spoken: Array<SpokenText<Text>>;
}

let player: Player | undefined;
let reading: Reading | undefined;

function label(control: HTMLButtonElement, status: PlayerStatus, root: HTMLElement) {
  const text = control.querySelector('[data-listen-label]');
  if (!text) return;
  control.dataset['listenIdle'] ??= text.textContent ?? '';
  const labels = { idle: control.dataset['listenIdle'], playing: root.dataset['pause'], paused: root.dataset['resume'] };
  const action = labels[status] ?? '';
  text.textContent = action;
  const named = root.dataset['named'] ?? '{action}: {name}';
  control.setAttribute('aria-label', named.replace('{action}', action).replace('{name}', control.dataset['listenName'] ?? ''));
}

function highlight(range: Range | undefined) {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  if (range) CSS.highlights.set(HIGHLIGHT, new Highlight(range));
  else CSS.highlights.delete(HIGHLIGHT);
}

function createPagePlayer(root: HTMLElement, voice: SpeechSynthesisVoice): Player {
  const engine = window.speechSynthesis;
  const locale = root.dataset['locale'] ?? document.documentElement.lang;
  const rate = Number(root.dataset['rate'] ?? '1');
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)');
  const created = createPlayer({
    engine,
    lang: locale,
    utterance: (text, on) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.onboundary = (event) => on.boundary(event);
      utterance.onend = () => on.end();
      utterance.onerror = () => on.error();
      utterance.lang = voice.lang.replace(/_/g, '-');
      utterance.voice = voice;
      utterance.rate = rate;
      return utterance;
    },
    onStatus: (status) => {
      if (reading) label(reading.control, status, root);
      if (status === 'idle') reading = undefined;
    },
    onSection: (section) => {
      if (reading?.control.dataset['listen'] !== 'lesson') return;
      reading.sections[section]?.[0]?.scrollIntoView({ block: 'start', behavior: reduceMotion.matches ? 'auto' : 'smooth' });
    },
    onWord: (word) => {
      const found = word && reading?.spoken[word.section] && rangeOf(reading.spoken[word.section]!, word.start, word.end);
      if (!found) return highlight(undefined);
      const range = document.createRange();
      range.setStart(found.start.node, found.start.offset);
      range.setEnd(found.end.node, found.end.offset);
      highlight(range);
    },
  });
  // Quick exit empties the page, then leaves it: stop at once, before the next page loads.
  const article = root.closest('article') ?? document.body;
  new MutationObserver(() => {
    if (!article.isConnected) created.stop();
  }).observe(document.body, { childList: true });
  addEventListener('pagehide', () => created.stop());
  return created;
}

/** What a tap on a Listen control does: read its part of the page with `voice` (ListenLesson chose it), or pause, or resume. */
export function toggle(control: HTMLButtonElement, root: HTMLElement, voice: SpeechSynthesisVoice): void {
  player ??= createPagePlayer(root, voice);
  if (reading?.control === control) {
    if (player.status() === 'playing') player.pause();
    else player.resume();
    return;
  }
  const previous = reading;
  reading = undefined;
  player.stop();
  if (previous) label(previous.control, 'idle', root);
  const sections = control.dataset['listen'] === 'lesson' ? lessonSections(control) : [sectionOf(control)];
  const spoken = sections.map((elements) => joinPieces(textPieces(elements)));
  reading = { control, sections, spoken };
  player.play(spoken.map(({ text }) => text));
}
