import { renderToString } from 'solid-js/web';
import { describe, expect, it } from 'vitest';
import Quiz from './Quiz';
import { quizProps } from './test-quiz';

describe('<Quiz> on the server', () => {
  it('renders an empty shell: the static worksheet is the no-JavaScript view, and storage is not read', () => {
    const html = renderToString(() => <Quiz {...quizProps()} />);
    expect(html).toMatch(/^<div[^>]*class="quiz-app"[^>]*><\/div>$/);
    expect(html).not.toContain('data-ready');
  });
});
