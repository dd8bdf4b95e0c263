// @ts-check
import mdx from '@astrojs/mdx';
import solid from '@astrojs/solid-js';
import { defineConfig } from 'astro/config';
import { loadSchoolConfig } from './src/config/load-school-config.ts';

const school = loadSchoolConfig();

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: school.site,
  base: school.base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), solid()],
  devToolbar: { enabled: false },
  vite: {
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // One chunk for the island code every page with JavaScript needs (Solid, stores,
              // quiz logic): one request, and gzip shares its dictionary across all of it.
              codeSplitting: {
                groups: [
                  {
                    name: 'islands',
                    test: (id) =>
                      /node_modules[\\/](solid-js|nanostores|@nanostores|@astrojs[\\/]solid-js)|[\\/]src[\\/]/.test(id) &&
                      !/ProgressPanel|device-summary|suggest-language|\.astro/.test(id),
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
