import { loadSchoolConfig } from './load-school-config';

/** The school configuration of this build (read once, at build time). */
export const schoolConfig = loadSchoolConfig();
