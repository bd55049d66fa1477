/**
 * Numbers as the workshop's language writes them ("2,000" in English, "2.000" in German), so
 * counts read naturally on paper. An unknown or malformed language tag falls back to English.
 */
export interface NumberFormats {
  /** A whole count: 2000 → "2,000". */
  count: (value: number) => string;
  /** A share 0..1 as a whole percentage: 0.73 → "73%". */
  percent: (share: number) => string;
  /** A value with at most one decimal: 3.65 → "3.7", 6 → "6". */
  decimal: (value: number) => string;
  /** An average with exactly one decimal, so a column of them lines up: 7 → "7.0". */
  average: (value: number) => string;
}

function formatFor(language: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(language, options);
  } catch {
    return new Intl.NumberFormat('en', options);
  }
}

export function numberFormats(language: string): NumberFormats {
  const count = formatFor(language, { maximumFractionDigits: 0 });
  const percent = formatFor(language, { style: 'percent', maximumFractionDigits: 0 });
  const decimal = formatFor(language, { minimumFractionDigits: 0, maximumFractionDigits: 1 });
  const average = formatFor(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  // Some locales group with narrow no-break spaces; a plain no-break space prints in any font.
  const tidy = (text: string) => text.replace(/\u202f/g, '\u00a0');
  return {
    count: (value) => tidy(count.format(value)),
    percent: (share) => tidy(percent.format(share)),
    decimal: (value) => tidy(decimal.format(value)),
    average: (value) => tidy(average.format(value)),
  };
}
