// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { lessonSections, sectionOf, textPieces } from './lesson-sections';
import { joinPieces, rangeOf } from './spoken-text';

const LESSON = `
<article>
  <h1>My body belongs to me</h1>
  <section class="box learn"><h2 id="learn">What you will learn</h2><button data-listen="box">Listen</button>
    <ul><li>that my body belongs to me</li><li>who can help</li></ul>
  </section>
  <h2 id="mine">My body</h2><button data-listen="heading">Listen<span>: My body</span></button>
  <p>Your body <strong>belongs</strong> to you.<span class="picture"><svg role="img" aria-label="a girl waving"></svg></span></p>
  <p>Say no.<span class="picture"><svg aria-hidden="true"><title>decor</title></svg></span></p>
  <span class="fact">The law protects you</span>
  <section class="box scenario"><h3>A story: Lina, 7</h3><button data-listen="box">Listen</button><p>Lina says stop</p></section>
  <h2 id="help">Who can help?</h2><button data-listen="heading">Listen</button>
  <ul><li><strong>P</strong>rivates are private</li></ul>
  <p hidden>Not shown</p>
  <section class="box remember"><h2 id="remember">Remember</h2><button data-listen="box">Listen</button><p>It is never my fault.</p></section>
  <section class="quiz"><h2>Quiz</h2><p>Question</p></section>
</article>`;

const spoken = (elements: Element[]) => joinPieces(textPieces(elements)).text;
const control = (n: number) => document.querySelectorAll('[data-listen]')[n]!;

describe('lesson sections', () => {
  beforeEach(() => {
    document.body.innerHTML = LESSON;
  });

  it('reads a section from its heading to the next heading, with its story, facts and picture texts', () => {
    expect(spoken(sectionOf(control(1)))).toBe(
      'My body. Your body belongs to you. a girl waving. Say no. The law protects you. A story: Lina, 7. Lina says stop.',
    );
  });

  it('stops before a box holding a heading of the same level, and skips hidden text', () => {
    expect(spoken(sectionOf(control(3)))).toBe('Who can help? Privates are private.');
  });

  it('reads a box on its own', () => {
    expect(spoken(sectionOf(control(0)))).toBe('What you will learn. that my body belongs to me. who can help.');
    expect(spoken(sectionOf(control(2)))).toBe('A story: Lina, 7. Lina says stop.');
  });

  it('reads the whole lesson: the title, then each part once, in order', () => {
    const whole = document.createElement('button');
    whole.setAttribute('data-listen', 'lesson');
    document.querySelector('h1')!.after(whole);
    expect(lessonSections(whole).map(spoken)).toEqual([
      'My body belongs to me.',
      'What you will learn. that my body belongs to me. who can help.',
      expect.stringMatching(/^My body\. .* Lina says stop\.$/),
      'Who can help? Privates are private.',
      'Remember. It is never my fault.',
    ]);
    expect(sectionOf(whole).map((element) => element.tagName)).toEqual(['H1']);
  });

  it('maps a spoken word to the page text across inline elements', () => {
    const text = joinPieces(textPieces(sectionOf(control(3))));
    const word = text.text.indexOf('Privates');
    const found = rangeOf(text, word, word + 'Privates'.length)!;
    const range = document.createRange();
    range.setStart(found.start.node, found.start.offset);
    range.setEnd(found.end.node, found.end.offset);
    expect(range.toString()).toBe('Privates');
    expect(found.start.node.parentElement!.tagName).toBe('STRONG');
  });

  it('names the mistake when a heading control has no heading before it', () => {
    document.body.innerHTML = '<p>text</p><button data-listen="heading">Listen</button>';
    expect(() => sectionOf(control(0))).toThrow('data-listen="heading" control must follow its heading');
  });
});
