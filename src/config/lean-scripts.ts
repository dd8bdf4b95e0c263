import { minify } from 'terser';
import type { Plugin } from 'vite';

/** Vite's module that wraps every dynamic `import()` of the browser's code. */
const PRELOAD_HELPER = '\0vite/preload-helper.js';

/**
 * What replaces Vite's helper: the import itself. Vite's helper (0.8 kB gzip on every lesson page)
 * preloads a lazy chunk's own imports in parallel and loads the CSS it needs; Balise's lazy chunks
 * import only small chunks, and their CSS comes with the page (see cssNeededByImport).
 */
export const PLAIN_IMPORT = 'export const __vitePreload = (load) => load();';

/**
 * The CSS files a built chunk would load through Vite's helper before a dynamic import: the `.css`
 * entries of its dependency list (`__vite__mapDeps`). Empty when the chunk has no such list.
 */
export function cssNeededByImport(code: string): string[] {
  const list = /__vite__mapDeps=[^[]*\[([^\]]*)\]/.exec(code)?.[1] ?? '';
  return [...list.matchAll(/["'`]([^"'`]+\.css)["'`]/g)].map((match) => match[1]!);
}

/** Terser's settings for the second pass: safe transforms only, names mangled, ES modules. */
export const TERSER_OPTIONS = { module: true, compress: { passes: 3 }, mangle: true } as const;

/**
 * Two build steps that keep the pupil's JavaScript small (issues #12 and #13: a quiz page's first
 * load within 15 kB gzip), for the browser's build only:
 * - `import()` without Vite's preload helper (PLAIN_IMPORT); the build fails if a lazy chunk would
 *   need the helper to load CSS, naming the chunk and the file;
 * - a second minification of each chunk by Terser after the bundler's own (Oxc): Terser's
 *   inlining and mangling take another 2-4 % off what Oxc leaves, which neither does alone.
 *   Source maps (SOURCEMAP=1) follow both passes.
 */
export function leanScripts(): Plugin[] {
  return [
    {
      name: 'balise:plain-import',
      enforce: 'pre',
      applyToEnvironment: (environment) => environment.config.consumer === 'client',
      load: (id) => (id === PRELOAD_HELPER ? PLAIN_IMPORT : undefined),
    },
    {
      name: 'balise:terser-pass',
      apply: 'build',
      applyToEnvironment: (environment) => environment.config.consumer === 'client',
      generateBundle: {
        order: 'post',
        async handler(_options, bundle) {
          for (const file of Object.values(bundle)) {
            if (file.type !== 'chunk') continue;
            const css = cssNeededByImport(file.code);
            if (css.length > 0) {
              this.error(
                `${file.fileName}: a dynamic import() needs ${css.join(', ')}, which balise:plain-import does not load. Import that CSS from the page that uses the component (as QuizSection.astro does for the end screen).`,
              );
            }
            const mapAsset = bundle[`${file.fileName}.map`];
            const sourceMap = file.map && mapAsset?.type === 'asset' ? { content: file.map.toString() } : false;
            const result = await minify(file.code, { ...TERSER_OPTIONS, sourceMap });
            if (result.code === undefined) continue;
            file.code = result.code;
            if (sourceMap && mapAsset?.type === 'asset' && typeof result.map === 'string') {
              mapAsset.source = result.map;
              file.code += `\n//# sourceMappingURL=${file.fileName.split('/').pop()}.map`;
            }
          }
        },
      },
    },
  ];
}
