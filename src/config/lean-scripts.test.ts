import { describe, expect, it } from 'vitest';
import { cssNeededByImport, leanScripts, PLAIN_IMPORT } from './lean-scripts';

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

describe('the build steps', () => {
  const terserPass = () => {
    const plugin = leanScripts().find((p) => p.name === 'balise:terser-pass')!;
    const hook = plugin.generateBundle as { handler: (this: unknown, options: unknown, bundle: unknown) => Promise<void> };
    return (bundle: Record<string, unknown>) => {
      const errors: string[] = [];
      const context = {
        error: (message: string) => {
          errors.push(message);
          throw new Error(message);
        },
      };
      return hook.handler.call(context, {}, bundle).then(
        () => errors,
        () => errors,
      );
    };
  };

  it('fails the build, naming the chunk and the CSS, when a dynamic import needs CSS', async () => {
    const code = 'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/end.y2.css"])))=>i.map(i=>d[i]);export{}';
    const errors = await terserPass()({ 'a.js': { type: 'chunk', fileName: '_astro/Quiz.x1.js', code } });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('_astro/Quiz.x1.js');
    expect(errors[0]).toContain('_astro/end.y2.css');
  });

  it('minifies each chunk a second time, keeping what it exports', async () => {
    const chunk = {
      type: 'chunk',
      fileName: '_astro/a.js',
      code: 'function add(first, second) { const total = first + second; return total; }\nexport { add as t };',
    };
    expect(await terserPass()({ 'a.js': chunk })).toEqual([]);
    expect(chunk.code.length).toBeLessThan(60);
    const { t } = (await import(/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(chunk.code)}`)) as {
      t: (a: number, b: number) => number;
    };
    expect(t(2, 3)).toBe(5);
  });
});
