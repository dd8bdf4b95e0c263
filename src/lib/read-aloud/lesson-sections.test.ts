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

describe('what is read of a part of the page', () => {
  const read = (html: string) => {
    document.body.innerHTML = `<div id="part">${html}</div>`;
    return spoken([document.getElementById('part')!]);
  };

  it('reads the text alternative of an image and of any element with the img role, not what is inside', () => {
    expect(read('<p>Look: <img src="a.png" alt="a dog"> runs</p>')).toBe('Look: a dog runs.');
    expect(read('<p>I am <span role="img" aria-label="happy">🙂</span> today</p>')).toBe('I am happy today.');
  });

  it('reads nothing of a decorative image or drawing, nor of a part hidden from assistive technology', () => {
    expect(read('<p>One <img src="a.png" alt=""> two</p>')).toBe('One two.');
    expect(read('<p>One <svg><title>decor</title></svg> two</p>')).toBe('One two.');
    expect(read('<p>One <span aria-hidden="true">🙂</span> two</p>')).toBe('One two.');
    expect(read('<p>One <span aria-hidden="false">two</span></p>')).toBe('One two.');
  });

  it('reads nothing inside an image without a text alternative, even when a script put text there', () => {
    document.body.innerHTML = '<p id="part">One</p>';
    const image = document.createElement('img');
    image.append(document.createTextNode('inside'));
    document.getElementById('part')!.append(image, ' two');
    expect(spoken([document.getElementById('part')!])).toBe('One two.');
  });

  it('gives no piece for a blank text alternative', () => {
    document.body.innerHTML = '<p><img src="a.png" alt=" "></p>';
    expect([...textPieces([document.querySelector('p')!])].filter((piece) => 'text' in piece)).toEqual([]);
  });

  it('does not take a stray alt attribute of a text element for its text', () => {
    expect(read('<p><span alt="wrong">right</span></p>')).toBe('right.');
  });

  it('reads no scripts, styles, templates or fallbacks for pages without scripts, and skips comments', () => {
    document.body.innerHTML = '<div id="part"><p>Start</p></div>';
    const part = document.getElementById('part')!;
    const contents = { script: 'const hidden = 1;', style: 'p { color: red; }', template: 'a template', noscript: 'no script' };
    for (const [tag, content] of Object.entries(contents)) {
      const element = document.createElement(tag);
      element.append(document.createTextNode(content));
      part.append(element);
    }
    part.append(document.createComment('a note'), 'End');
    expect(spoken([part])).toBe('Start. End.');
  });

  it('ends the text before a block, after a block and at a line break with a pause', () => {
    expect(read('Intro<p>Para</p>After')).toBe('Intro. Para. After.');
    expect(read('<p>Line one<br>Line two</p>')).toBe('Line one. Line two.');
  });
});

describe('sections of a lesson', () => {
  it('reads a heading section past its lower-level subheadings', () => {
    document.body.innerHTML =
      '<h2>Part</h2><button data-listen="heading">Listen</button><p>a</p><h3>Sub</h3><p>b</p><h2>Next</h2><p>c</p>';
    expect(spoken(sectionOf(control(0)))).toBe('Part. a. Sub. b.');
  });

  it('does not take a custom element named like a heading for a heading', () => {
    document.body.innerHTML = '<h2>Part</h2><button data-listen="heading">Listen</button><p>a</p><h2-note>b</h2-note><p>c</p>';
    expect(spoken(sectionOf(control(0)))).toBe('Part. a. b. c.');
    document.body.innerHTML = '<x-h2>Part</x-h2><button data-listen="heading">Listen</button>';
    expect(() => sectionOf(control(0))).toThrow('data-listen="heading" control must follow its heading');
  });

  it('names the mistake when a box control is not inside a section', () => {
    document.body.innerHTML = '<div><button data-listen="box">Listen</button></div>';
    expect(() => sectionOf(control(0))).toThrow('data-listen="box" control must be inside its <section>');
  });
});
