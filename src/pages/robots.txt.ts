import { schoolConfig } from '../config/school';
import { robotsTxt } from '../lib/robots';

/** robots.txt, from the school configuration's `noindex`. */
export const GET = () => new Response(robotsTxt(schoolConfig.noindex), { headers: { 'Content-Type': 'text/plain' } });
