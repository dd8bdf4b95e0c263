import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { resolveSchoolConfig, SchoolConfigError } from '../lib/school-config';
import type { SchoolConfig } from '../schemas/school-config';

/**
 * Reads `balise.config.json` (or the file named by BALISE_CONFIG) from the project root, if
 * present, merges the BALISE_* environment variables and validates. Runs at build time only.
 */
export function loadSchoolConfig(root = process.cwd(), env = process.env): SchoolConfig {
  const file = resolve(root, env['BALISE_CONFIG'] ?? 'balise.config.json');
  let settings: Record<string, unknown> = {};
  if (existsSync(file)) {
    try {
      settings = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new SchoolConfigError(
        `${file} is not valid JSON (${(error as Error).message}); fix the syntax or delete the file to use the defaults`,
      );
    }
  } else if (env['BALISE_CONFIG']) {
    throw new SchoolConfigError(`BALISE_CONFIG names ${file}, which does not exist; fix the path or unset BALISE_CONFIG`);
  }
  return resolveSchoolConfig(settings, env, file);
}
