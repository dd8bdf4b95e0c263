import { describe, expect, it } from 'vitest';
import { cssNeededByImport, PLAIN_IMPORT } from './lean-scripts';

describe('lean scripts', () => {
  it('finds the CSS a chunk would load through Vite’s preload helper, and only that', () => {
    const chunk =
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/EndScreen.x1.js","_astro/end-screen.y2.css","_astro/a.css"])))=>i.map(i=>d[i]);import("./EndScreen.x1.js")';
    expect(cssNeededByImport(chunk)).toEqual(['_astro/end-screen.y2.css', '_astro/a.css']);
    expect(cssNeededByImport('const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/Q.js"])))=>0')).toEqual([]);
    expect(cssNeededByImport('import("./x.js"); const style = "a.css";')).toEqual([]);
  });

  it('replaces the helper by the import itself, with what the import gives', async () => {
    const url = `data:text/javascript,${encodeURIComponent(PLAIN_IMPORT)}`;
    const { __vitePreload } = (await import(/* @vite-ignore */ url)) as {
      __vitePreload: (load: () => Promise<unknown>, deps?: string[]) => Promise<unknown>;
    };
    const module = { default: 'view' };
    await expect(__vitePreload(async () => module, ['_astro/x.js'])).resolves.toBe(module);
  });
});
