import { describe, expect, it } from 'vitest';
import { safeguardingLead } from './safeguarding-lead';

describe('safeguardingLead', () => {
  it('takes the first paragraph of the <Safeguarding> block as plain text', () => {
    const body = [
      '<Background>\nNot this.\n</Background>',
      '<Safeguarding>',
      '',
      'This lesson can **bring something up**, see [the guide](https://x.example),',
      'during the drawing.',
      '',
      'Second paragraph.',
      '</Safeguarding>',
    ].join('\n');
    expect(safeguardingLead(body)).toBe('This lesson can bring something up, see the guide, during the drawing.');
  });

  it('skips leading components and comments, and gives undefined without a block', () => {
    expect(safeguardingLead('<Safeguarding>\n<Fact id="x" />\n\nReal text.\n</Safeguarding>')).toBe('Real text.');
    expect(safeguardingLead('No block here.')).toBeUndefined();
    expect(safeguardingLead('<Safeguarding>\n\n</Safeguarding>')).toBeUndefined();
    expect(safeguardingLead('<Safeguarding>\n{/* a note to authors */}\n\nReal text.\n</Safeguarding>')).toBe('Real text.');
  });

  it('splits paragraphs at lines holding only spaces, and keeps words that only look like marks', () => {
    expect(safeguardingLead('<Safeguarding>\nFirst, x/>y.\n   \nSecond.\n</Safeguarding>')).toBe('First, x/>y.');
    expect(safeguardingLead('<Safeguarding>\nSee <Fact id="a" /> and <Fact id="b"/> here.\n</Safeguarding>')).toBe(
      'See and here.',
    );
  });

  it('gives undefined when the first paragraph is only inline components', () => {
    expect(safeguardingLead('<Safeguarding>\nText {/* end */}\n</Safeguarding>')).toBe('Text');
    expect(safeguardingLead('<Safeguarding>\n** **\n</Safeguarding>')).toBeUndefined();
  });
});

describe('safeguardingLead: paragraphs', () => {
  it('ends the first paragraph at a blank line that holds spaces', () => {
    expect(safeguardingLead('<Safeguarding>\nFirst part.\n   \nSecond part.\n</Safeguarding>')).toBe('First part.');
  });
});
