/** `tel:` link of a phone number (spaces removed). */
// Stryker disable next-line Regex: removing each space on its own (global flag) removes a run of spaces all the same.
export const telHref = (phone: string): string => `tel:${phone.replace(/\s+/g, '')}`;

/** A phone number's text that never breaks across lines ("116 000" with no-break spaces). */
export const unbreakable = (text: string): string => text.replace(/ /g, '\u00a0');
