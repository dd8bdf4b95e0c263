/**
 * The typed code's alphabet: Crockford's base 32 (digits and upper-case letters without I, L, O
 * and U, so no two characters look alike), and a Luhn mod 32 check character that catches every
 * single wrong character and every swap of two neighbours.
 */
export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Characters a person may type for another one: O for 0, I and L for 1 (Crockford's rule). */
const READ_AS: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' };

/**
 * A code as typed or scanned, made canonical: upper case, O/I/L read as 0/1, spaces and dashes
 * dropped. Null when another character is left.
 */
export function normalizeCode(text: string): string | null {
  const plain = text
    .toUpperCase()
    // Stryker disable next-line Regex: removing runs or single characters everywhere is the same.
    .replace(/[\s-]+/g, '')
    .replace(/[OIL]/g, (letter) => READ_AS[letter] ?? letter);
  return [...plain].every((character) => ALPHABET.includes(character)) ? plain : null;
}

/** The value (0-31) of each character of a canonical code. */
export const digitsOf = (code: string): number[] => [...code].map((character) => ALPHABET.indexOf(character));

/** The characters of values 0-31. */
export const charactersOf = (digits: readonly number[]): string => digits.map((digit) => ALPHABET[digit]).join('');

/** Luhn mod 32: the check digit that makes `digits` followed by it valid. */
export function checkDigit(digits: readonly number[]): number {
  const base = ALPHABET.length;
  let sum = 0;
  // From the right, every other digit (starting with the rightmost) is doubled, as in Luhn.
  digits
    .slice()
    .reverse()
    .forEach((digit, index) => {
      const value = index % 2 === 0 ? digit * 2 : digit;
      sum += Math.floor(value / base) + (value % base);
    });
  return (base - (sum % base)) % base;
}

/** Whether the last digit is the check digit of the others. */
export const hasValidCheck = (digits: readonly number[]): boolean =>
  digits.length > 1 && checkDigit(digits.slice(0, -1)) === digits[digits.length - 1];

/** A canonical code cut into groups of four for reading and typing: "1AB2-C3DE-F". */
export const groupCode = (code: string): string => code.match(/.{1,4}/g)?.join('-') ?? '';
