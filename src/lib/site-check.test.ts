import { describe, expect, it } from 'vitest';
import { siteNotice } from './site-check';

const local = 'http://localhost:4321';

describe('siteNotice', () => {
  it('says nothing about a real address, or about a local preview', () => {
    expect(siteNotice('https://school.example', { BALISE_STRICT: '1' }, ['--strict'])).toBeUndefined();
    expect(siteNotice(local, { BALISE_LOCAL_PREVIEW: '1' }, [])).toBeUndefined();
  });

  it('warns about a local address, naming the setting and the fix', () => {
    const notice = siteNotice(local, {}, ['build']);
    expect(notice?.level).toBe('warn');
    expect(notice?.message).toContain('"site" is http://localhost:4321');
    expect(notice?.message).toContain('BALISE_SITE=https://your-school.example');
    expect(notice?.message).toContain('BALISE_STRICT=1 or --strict makes this an error');
  });

  it('makes it an error only when asked, by BALISE_STRICT or --strict', () => {
    expect(siteNotice(local, { BALISE_STRICT: '1' }, [])?.level).toBe('error');
    expect(siteNotice(local, { BALISE_STRICT: 'true' }, [])?.level).toBe('error');
    expect(siteNotice(local, {}, ['build', '--strict'])?.level).toBe('error');
    expect(siteNotice(local, { BALISE_STRICT: '0', CI: 'true' }, [])?.level).toBe('warn');
  });
});
