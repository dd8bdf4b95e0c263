import { describe, expect, it } from 'vitest';
import { frameAncestors, withFraming } from './frame-ancestors';

const HEADERS = [
  '/*',
  "  Content-Security-Policy: frame-ancestors 'none'; object-src 'none'",
  '  X-Frame-Options: DENY',
  '  Referrer-Policy: no-referrer',
].join('\n');

describe('frameAncestors', () => {
  it('refuses every frame by default, old browsers included', () => {
    expect(frameAncestors([])).toEqual({ frameAncestors: "frame-ancestors 'none'", xFrameOptions: 'DENY' });
  });

  it('allows the site itself and the listed origins, without X-Frame-Options', () => {
    expect(frameAncestors(['https://school.smartschool.be', 'https://teams.microsoft.com'])).toEqual({
      frameAncestors: "frame-ancestors 'self' https://school.smartschool.be https://teams.microsoft.com",
      xFrameOptions: undefined,
    });
  });
});

describe('withFraming', () => {
  it('leaves the shipped file as it is when no origin is allowed', () => {
    expect(withFraming(HEADERS, [], '_headers')).toBe(HEADERS);
  });

  it('writes the allowed origins and drops X-Frame-Options', () => {
    expect(withFraming(HEADERS, ['https://moodle.school.example'], '_headers')).toBe(
      [
        '/*',
        "  Content-Security-Policy: frame-ancestors 'self' https://moodle.school.example; object-src 'none'",
        '  Referrer-Policy: no-referrer',
      ].join('\n'),
    );
  });

  it('names the file when it has no frame-ancestors to replace', () => {
    expect(() =>
      withFraming('/*\n  X-Frame-Options: DENY', ['https://a.example'], 'dist/_headers'),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: dist/_headers: no "frame-ancestors 'none'" to replace for embedOrigins; restore the shipped security headers]`,
    );
  });
});
