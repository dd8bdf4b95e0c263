import logo from '../assets/logo.svg?raw';

/** The site's icon (tab, home screen, web manifest): the logo, from its one source file. */
export const GET = () => new Response(logo, { headers: { 'Content-Type': 'image/svg+xml' } });
