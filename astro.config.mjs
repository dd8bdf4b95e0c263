// @ts-check
import mdx from '@astrojs/mdx';
import solid from '@astrojs/solid-js';
import pwa from '@vite-pwa/astro';
import { defineConfig } from 'astro/config';
import { embedHeaders } from './src/config/embed-integration.ts';
import { leanScripts } from './src/config/lean-scripts.ts';
import { loadSchoolConfig } from './src/config/load-school-config.ts';
import { offlineLists } from './src/config/offline-lists-integration.ts';
import { pagefindIndex } from './src/config/pagefind-integration.ts';
import { inQuizChunk } from './src/config/quiz-chunk.ts';
import { precompress } from './src/config/precompress-integration.ts';
import { serverFiles } from './src/config/server-files-integration.ts';
import { siteCheck } from './src/config/site-check-integration.ts';
import { solidHydrationScriptHash } from './src/config/solid-hydration-hash.ts';

const school = loadSchoolConfig();

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: school.site,
  base: school.base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    // A warning (or, when strict, an error) when `site` is still this computer.
    siteCheck(school.site),
    mdx(),
    solid(),
    pagefindIndex(),
    offlineLists(school.languages, school.base),
    // Offline use: the service worker (src/sw.ts) precaches only what every page shares; each
    // language's pupil pages are downloaded once a page is idle, other pages when visited.
    // 'prompt' without a prompt: a new version waits until every tab of the site is closed, so an
    // update never reloads a quiz in progress; it is there on the next visit.
    pwa({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Balise',
        short_name: 'Balise',
        lang: school.languages[0] ?? 'fr',
        start_url: school.base,
        scope: school.base,
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b57a4',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      injectManifest: {
        globPatterns: ['_astro/*.{js,css}', 'favicon.svg', 'offline/*.json'],
        // The QR decoder of the teacher's camera scanner (45 kB gzip, for browsers without
        // BarcodeDetector) is not for every pupil's device: it is kept when the scanner loads it.
        globIgnores: ['_astro/qr-decoder.*.js'],
        minify: true,
      },
    }),
    // .htaccess, _headers and .nojekyll for the configured base path.
    serverFiles(),
    // After serverFiles: lets the configured school platforms frame the site (embedOrigins).
    embedHeaders(school.embedOrigins),
    // Last: .br and .gz beside every text file, the search index and service worker included.
    precompress(),
  ],
  // Lessons hold no code samples; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // A strict Content-Security-Policy in a <meta> tag of every page: Astro adds the hashes of the
  // scripts and styles it emits to script-src and style-src; nothing from another origin.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { hashes: [solidHydrationScriptHash()] },
    },
  },
  vite: {
    // import() without Vite's preload helper, and a second minification (src/config/lean-scripts.ts).
    plugins: [leanScripts()],
    environments: {
      client: {
        build: {
          sourcemap: process.env.SOURCEMAP === '1',
          rolldownOptions: {
            output: {
              // One chunk for the island code every page with JavaScript needs (Solid, stores,
              // quiz logic): one request, and gzip shares its dictionary across all of it.
              codeSplitting: {
                groups: [
                  {
                    // The site script (quick exit, offline copy) with its offline helpers, which the quiz
                    // and the progress page use too (whenIdle): one file on text pages, and apart from
                    // the quiz code. Every page loads the site script, so sharing its file costs nothing.
                    name: 'site',
                    test: /[\\/]src[\\/](lib[\\/]offline[\\/]offline-client\.|components[\\/]layout[\\/]SiteScript\.astro)/,
                  },
                  {
                    // Voice choice (and what replaces Vite's import() helper, see lean-scripts.ts), shared
                    // by the quiz and a lesson's Listen controls: apart, so that the Listen script never
                    // pulls the quiz code in.
                    name: 'speech',
                    test: (id) => /[\\/]src[\\/]lib[\\/]read-aloud[\\/]choose-voice\.|vite[\\/]preload-helper/.test(id),
                  },
                  {
                    // jsQR, loaded by the camera scanner only; named so the worker can leave it out.
                    name: 'qr-decoder',
                    test: /node_modules[\\/]jsqr[\\/]/,
                  },
                  {
                    // The quiz's one chunk: what a pupil needs to answer the first question (see
                    // src/config/quiz-chunk.ts); the rest of the quiz loads by import() when needed.
                    name: 'islands',
                    test: inQuizChunk,
                  },
                ],
              },
            },
          },
        },
      },
    },
    build: {
      rolldownOptions: {
        // Astro marks MDX modules with "use astro:head-inject"; rolldown warns once per lesson that
        // it may drop the directive, which Astro does not need after bundling. Keep other warnings.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
