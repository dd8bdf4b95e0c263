/** A size as people read it: "740 kB", "1.2 MB" (1 kB = 1,000 bytes), in the reader's locale. */
export function formatBytes(bytes: number, locale: string): string {
  const [unit, value] = bytes >= 1_000_000 ? (['megabyte', bytes / 1_000_000] as const) : (['kilobyte', bytes / 1_000] as const);
  return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: unit === 'megabyte' ? 1 : 0 }).format(value);
}
