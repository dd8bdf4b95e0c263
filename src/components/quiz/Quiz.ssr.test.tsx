import { renderToString } from 'solid-js/web';
import { describe, expect, it } from 'vitest';
import Quiz from './Quiz';
import { testQuiz, testStrings } from './test-quiz';

describe('<Quiz> on the server', () => {
  it('renders every question and option, without controls that need JavaScript', () => {
    const html = renderToString(() => <Quiz quiz={testQuiz} lang="en" strings={testStrings} />);
    expect(html).toContain('What helps first?');
    expect(html).toContain('Tell someone you trust');
    expect(html).toContain('Question 2 of 2');
    expect(html).not.toContain('Check my answer');
    expect(html).not.toContain('Paying rarely stops it.');
  });
});
