/** Every key Balise writes to localStorage starts with this prefix. */
export const STORAGE_PREFIX = 'balise:';
