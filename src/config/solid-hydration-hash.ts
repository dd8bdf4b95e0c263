import { createHash } from 'node:crypto';
import { generateHydrationScript } from 'solid-js/web';

/**
 * The CSP hash of the small inline script Solid puts on pages with a hydrated island
 * (`window._$HY`). Astro hashes the scripts it emits itself, but not this one from the renderer;
 * computing it from Solid's own generator keeps it right when Solid is upgraded.
 */
export function solidHydrationScriptHash(): `sha256-${string}` {
  const body = /<script[^>]*>([\s\S]*)<\/script>/.exec(generateHydrationScript())?.[1] ?? '';
  return `sha256-${createHash('sha256').update(body).digest('base64')}`;
}
