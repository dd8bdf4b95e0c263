/**
 * What a built page loads, read from its HTML: external and inline scripts, module preloads,
 * island component and renderer modules, stylesheets and inline styles. Pure: no file access.
 */
export interface PageAssets {
  /** URLs of JavaScript modules the page loads directly. */
  scripts: string[];
  /** URLs of stylesheets. */
  styles: string[];
  /** Inline <script> contents (JSON data scripts excluded). */
  inlineScripts: string[];
  /** Inline <style> contents. */
  inlineStyles: string[];
}

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);

const decode = (value: string) => value.replace(/&amp;/g, '&').replace(/&quot;/g, '"');

/** Lists the assets an HTML page loads. */
export function pageAssets(html: string): PageAssets {
  const assets: PageAssets = { scripts: [], styles: [], inlineScripts: [], inlineStyles: [] };
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const tag = `<script${match[1]}>`;
    const src = attr(tag, 'src');
    const type = attr(tag, 'type');
    if (src) assets.scripts.push(decode(src));
    else if (!type || type === 'module' || type === 'text/javascript') assets.inlineScripts.push(match[2] ?? '');
  }
  for (const match of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attr(match[0], 'rel');
    const href = attr(match[0], 'href');
    if (!href) continue;
    if (rel === 'stylesheet') assets.styles.push(decode(href));
    if (rel === 'modulepreload') assets.scripts.push(decode(href));
  }
  for (const match of html.matchAll(/<astro-island\b[^>]*>/gi)) {
    for (const name of ['component-url', 'renderer-url']) {
      const url = attr(match[0], name);
      if (url) assets.scripts.push(decode(url));
    }
  }
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) assets.inlineStyles.push(match[1] ?? '');
  assets.scripts = [...new Set(assets.scripts)];
  assets.styles = [...new Set(assets.styles)];
  return assets;
}

const QUOTED = '["\'`](\\.{1,2}/[^"\'`]+)["\'`]';
const STATIC_IMPORT = new RegExp(`(?:\\bfrom\\s*|\\bimport\\s*)${QUOTED}`, 'g');
const ANY_IMPORT = new RegExp(`(?:\\bfrom\\s*|\\bimport\\s*\\(?\\s*)${QUOTED}`, 'g');

/**
 * Relative module specifiers a bundled JS module imports, statically or dynamically (`import()`,
 * with any quotes: the bundler writes template literals), once each.
 */
export function moduleImports(code: string): string[] {
  return [...new Set([...code.matchAll(ANY_IMPORT)].map((match) => match[1]!))];
}

/**
 * The relative modules a bundled JS module imports statically: what loads with it, before it runs.
 * Dynamic `import()`s (code fetched on a tap, or once the page is idle) are left out.
 */
export function staticImports(code: string): string[] {
  return [...new Set([...code.matchAll(STATIC_IMPORT)].map((match) => match[1]!))];
}
