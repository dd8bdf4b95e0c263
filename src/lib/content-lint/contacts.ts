import type { HelplinesFile } from '../../schemas/helplines';

/** A phone number or web address written in a text. */
export interface Contact {
  line: number;
  kind: 'phone' | 'web';
  /** As written. */
  text: string;
  /** Digits only (phone) or host name (web). */
  key: string;
}

const PHONE_WORDS = String.raw`(?:call|phone|dial|ring|appelle[rz]?|appeler|téléphone[rz]?|numéro|compose[rz]?|bel|bellen|telefoon|nummer|tel\.?)`;
const PATTERNS: Array<{ kind: Contact['kind']; pattern: RegExp; group: number }> = [
  // Grouped digits: "116 000", "02 123 45 67".
  { kind: 'phone', pattern: /(?<![\d/.,-])(\d{2,4}(?:[ .]\d{2,3}){1,3})(?![\d%/.,-]*\d)(?!\s?%)/g, group: 1 },
  // Long numbers: "0800123456".
  { kind: 'phone', pattern: /(?<!\d)(0\d{7,9})(?!\d)/g, group: 1 },
  // Short numbers next to a word for calling: "call 103", "bel 102".
  {
    kind: 'phone',
    pattern: new RegExp(
      String.raw`(?<!\p{L})${PHONE_WORDS}(?!\p{L})\D{0,12}?(?<!\d)(?!(?:19|20)\d\d\b)(\d{3,4})(?![ .]?\d)(?!\d)`,
      'giu',
    ),
    group: 1,
  },
  // Web addresses: "childfocus.be", "https://www.example.org/x".
  {
    kind: 'web',
    pattern: /(?:https?:\/\/)?((?:[a-z0-9-]+\.)+(?:be|org|com|net|eu|nl|fr|info|io))\b(?:\/[^\s)"'»]*)?/gi,
    group: 1,
  },
];

/** Every phone number and web address in a text, with its line. */
export function findContacts(text: string): Contact[] {
  const found: Contact[] = [];
  text.split('\n').forEach((line, index) => {
    for (const { kind, pattern, group } of PATTERNS) {
      for (const match of line.matchAll(pattern)) {
        const written = match[group]!;
        const key = kind === 'phone' ? written.replace(/\D/g, '') : written.toLowerCase().replace(/^www\./, '');
        if (!found.some((c) => c.line === index + 1 && c.key === key))
          // Stryker disable next-line MethodExpression: no pattern can match leading or trailing spaces, so trim() changes nothing.
          found.push({ line: index + 1, kind, text: match[0].trim(), key });
      }
    }
  });
  return found;
}

/** Phone numbers (digits) and web hosts of the helplines data file: the only ones texts may name. */
export function knownContacts(file: HelplinesFile): { phones: Set<string>; hosts: Set<string> } {
  return {
    phones: new Set(file.helplines.flatMap((line) => (line.phone ? [line.phone.replace(/\D/g, '')] : []))),
    hosts: new Set(file.helplines.flatMap((line) => (line.web ? [new URL(line.web).hostname.replace(/^www\./, '')] : []))),
  };
}
