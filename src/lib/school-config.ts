import { schoolConfigSchema, type SchoolConfig } from '../schemas/school-config';

/** Environment variables that override `balise.config.json`, and the setting each one sets. */
export const CONFIG_ENV = {
  BALISE_SITE: 'site',
  BALISE_BASE: 'base',
  BALISE_LANGUAGES: 'languages',
  BALISE_HELP_REGION: 'helpRegion',
  BALISE_SCHOOL_NAME: 'schoolName',
  BALISE_QUICK_EXIT_URL: 'quickExitUrl',
  BALISE_NOINDEX: 'noindex',
} as const;

/** Turns an environment variable's text into the setting's type (lists and yes/no). */
function fromEnvironment(key: string, value: string): unknown {
  if (key === 'languages') return value.split(',').map((s) => s.trim());
  if (key === 'noindex') return /^(true|1|yes)$/i.test(value) ? true : /^(false|0|no)$/i.test(value) ? false : value;
  return value;
}

/** Raised when the school configuration is invalid; the message lists every wrong setting. */
export class SchoolConfigError extends Error {
  override name = 'SchoolConfigError';
}

/**
 * Merges the configuration file's settings with the environment (environment wins) and
 * validates the result. `source` names the file in messages.
 */
export function resolveSchoolConfig(
  fileSettings: Record<string, unknown>,
  env: Record<string, string | undefined>,
  source = 'balise.config.json',
): SchoolConfig {
  const settings: Record<string, unknown> = { ...fileSettings };
  // Stryker disable next-line ArrayDeclaration: a setting with no recorded origin is named after the file anyway (origin[key] ?? source).
  const origin: Record<string, string> = Object.fromEntries(Object.keys(fileSettings).map((k) => [k, source]));
  for (const [variable, key] of Object.entries(CONFIG_ENV)) {
    const value = env[variable];
    if (value === undefined || value === '') continue;
    settings[key] = fromEnvironment(key, value);
    origin[key] = `environment variable ${variable}`;
  }
  const result = schoolConfigSchema.safeParse(settings);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    // Stryker disable next-line StringLiteral: every schema issue without a path is an unknown-key issue, which does not use the key.
    const key = String(issue.path[0] ?? '');
    if (issue.code === 'unrecognized_keys') {
      return `- ${source}: unknown setting ${issue.keys.map((k) => `"${k}"`).join(', ')}; the settings are ${Object.values(CONFIG_ENV).join(', ')}`;
    }
    const where = origin[key] ?? source;
    const value = JSON.stringify(settings[key]);
    return `- "${key}" (${where}) is ${value}: it ${issue.message}`;
  });
  throw new SchoolConfigError(`Invalid school configuration:\n${lines.join('\n')}`);
}
