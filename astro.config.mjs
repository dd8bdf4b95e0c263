// @ts-check
import mdx from '@astrojs/mdx';
import solid from '@astrojs/solid-js';
import pwa from '@vite-pwa/astro';
import { defineConfig } from 'astro/config';
import { embedHeaders } from './src/config/embed-integration.ts';
import { loadSchoolConfig } from './src/config/load-school-config.ts';
import { offlineLists } from './src/config/offline-lists-integration.ts';
import { pagefindIndex } from './src/config/pagefind-integration.ts';
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
                    // Voice choice and Vite's dynamic-import helper, shared by the quiz and a lesson's
                    // Listen controls: apart, so that the Listen script never pulls the quiz code in.
                    name: 'speech',
                    test: (id) => /[\\/]src[\\/]lib[\\/]read-aloud[\\/]choose-voice\.|vite[\\/]preload-helper/.test(id),
                  },
                  {
                    // jsQR, loaded by the camera scanner only; named so the worker can leave it out.
                    name: 'qr-decoder',
                    test: /node_modules[\\/]jsqr[\\/]/,
                  },
                  {
                    name: 'islands',
                    // Only what the quiz needs: other pages' scripts must not pull it in. Solid's store
                    // and Astro's island client serve the progress page's island only. The quiz's own
                    // script is part of it (one file less), with the choice and sorting views. The other
                    // views stay apart: fetched once the page is idle, or with the page where the quiz
                    // opens with one (common-views.ts, QuizViewScripts.astro: its script runs first, see
                    // mount-quizzes.ts); the end screen and read-aloud control load later (lazy-parts.ts),
                    // and the exit ticket (with its QR generator) only when a pupil asks for it.
                    test: (id) =>
                      /node_modules[\\/](solid-js[\\/](?!store[\\/])|nanostores[\\/]|@nanostores[\\/])/.test(id) ||
                      /[\\/]src[\\/](components[\\/]quiz[\\/](?!view-scripts|OrderingView\.|ScenarioView\.|ReflectionView\.|EndScreen\.|ReadAloud\.|TicketPanel\.)|lib[\\/]quiz[\\/]|i18n[\\/]fill\.)/.test(
                        id,
                      ) ||
                      // The class results store (and the ticket code it decodes with) is the teacher's
                      // class page's and progress page's only.
                      /[\\/]src[\\/]stores[\\/](?!device-data|class-results)/.test(id),
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
