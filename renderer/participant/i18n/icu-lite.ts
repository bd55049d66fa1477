/**
 * The slice of ICU MessageFormat the phone's catalogs use — `{arg}`, and `{arg, plural, …}` with
 * `#`, `=n` and the CLDR categories — in a few hundred bytes, because a full ICU library does not
 * fit the phone's 120 KB first visit. tests/unit/participant-catalogs.test.ts checks every message
 * of every language against intl-messageformat, so this stays a faithful subset.
 */
export type MessageValues = Record<string, string | number>;

/** Index of the `}` that closes the `{` at `open`. */
function closing(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    if (source[i] === '{') depth++;
    else if (source[i] === '}' && --depth === 0) return i;
  }
  throw new Error(`Unclosed "{" in message: ${source}`);
}

/** The `selector {text}` pairs of a plural argument's body. */
function branches(body: string): Map<string, string> {
  const found = new Map<string, string>();
  let at = 0;
  while (at < body.length) {
    const open = body.indexOf('{', at);
    if (open < 0) break;
    const end = closing(body, open);
    found.set(body.slice(at, open).trim(), body.slice(open + 1, end));
    at = end + 1;
  }
  return found;
}

function formatPlural(body: string, value: number, locale: string, values: MessageValues): string {
  const options = branches(body);
  const category = new Intl.PluralRules(locale).select(value);
  const chosen = options.get(`=${value}`) ?? options.get(category) ?? options.get('other') ?? '';
  const number = new Intl.NumberFormat(locale).format(value);
  return formatIcu(chosen, locale, values, number);
}

export function formatIcu(
  source: string,
  locale: string,
  values: MessageValues = {},
  pound?: string,
): string {
  let out = '';
  let at = 0;
  while (at < source.length) {
    const open = source.indexOf('{', at);
    const literal = source.slice(at, open < 0 ? undefined : open);
    out += pound === undefined ? literal : literal.replaceAll('#', pound);
    if (open < 0) break;
    const end = closing(source, open);
    const [name = '', kind, ...rest] = source.slice(open + 1, end).split(',');
    const value = values[name.trim()];
    if (kind?.trim() === 'plural') {
      out += formatPlural(rest.join(','), Number(value), locale, values);
    } else {
      out += value === undefined ? '' : String(value);
    }
    at = end + 1;
  }
  return out;
}
