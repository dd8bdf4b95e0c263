import { describe, expect, it } from 'vitest';
import { moduleImports, pageAssets, staticImports } from './page-assets';

describe('pageAssets', () => {
  it('finds scripts, preloads, island modules, stylesheets and inline code', () => {
    const html = `<link rel="stylesheet" href="/_astro/a.css"><link rel="modulepreload" href="/_astro/p.js">
      <script type="module" src="/_astro/s.js"></script><script>var inline=1</script>
      <script type="application/ld+json">{}</script><style>p{}</style>
      <astro-island uid="1" component-url="/_astro/Quiz.js" renderer-url="/_astro/client.js" props="{&quot;x&quot;:1}"></astro-island>`;
    expect(pageAssets(html)).toEqual({
      scripts: ['/_astro/s.js', '/_astro/p.js', '/_astro/Quiz.js', '/_astro/client.js'],
      styles: ['/_astro/a.css'],
      inlineScripts: ['var inline=1'],
      inlineStyles: ['p{}'],
    });
  });

  it('finds nothing on a page without assets', () => {
    expect(pageAssets('<p>Hello</p>')).toEqual({ scripts: [], styles: [], inlineScripts: [], inlineStyles: [] });
  });
});

describe('moduleImports', () => {
  it('lists static and dynamic relative imports, once each', () => {
    const code = `import{a as b}from"./web.js";import"./side.js";const m=()=>import("./lazy.js");export{x}from'./web.js';import x from"solid-js"`;
    expect(moduleImports(code)).toEqual(['./web.js', './side.js', './lazy.js']);
  });

  it('finds the dynamic imports the bundler writes with template literals', () => {
    const code = 'import{n as e}from"./speech.js";e(()=>import(`./read-aloud.js`).then(m=>m.toggle()),[])';
    expect(moduleImports(code)).toEqual(['./speech.js', './read-aloud.js']);
  });
});

describe('staticImports', () => {
  it('lists what loads with the module, not what import() fetches later', () => {
    const code = 'import{a}from"./web.js";import"./side.js";const m=()=>import("./lazy.js"),n=()=>import(`./later.js`)';
    expect(staticImports(code)).toEqual(['./web.js', './side.js']);
  });
});
