/**
 * Free text comes from phones: emoji, exotic scripts, control characters. The embedded font
 * covers Latin, Cyrillic, Greek and Vietnamese; anything else is turned into something the font
 * can draw, so a PDF never shows empty boxes and never breaks.
 */
const DROPPED = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u200d\ufe0e\ufe0f\u20e3\u{e0020}-\u{e007f}]/u;
const REGIONAL_INDICATOR = /[\u{1f1e6}-\u{1f1ff}]/u;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;
const REPLACEMENT = '?';

export type GlyphCoverage = (codePoint: number) => boolean;

function substitute(char: string, covered: GlyphCoverage): string {
  const emoji = (char.codePointAt(0) ?? 0) > 0xff && DROPPED.test(char);
  if (emoji || REGIONAL_INDICATOR.test(char)) return '';
  if (CONTROL.test(char)) return '';
  if (char === '\t') return '    ';
  // Styled letters (𝐀, ﬁ, ①) often decompose into plain ones the font has.
  const plain = char.normalize('NFKD');
  if (plain !== char && [...plain].every((c) => covered(c.codePointAt(0) ?? 0))) return plain;
  return REPLACEMENT;
}

export function makeSafeText(covered: GlyphCoverage): (text: string) => string {
  /** Per character: itself when drawable, else its replacement (maybe empty). */
  const memo = new Map<string, string>();
  const resolve = (char: string): string => {
    let result = memo.get(char);
    if (result === undefined) {
      const code = char.codePointAt(0) ?? 0;
      // © and ® count as emoji in Unicode but are ordinary text in the font.
      const emoji = code > 0xff && DROPPED.test(char);
      const drawable = covered(code) && !CONTROL.test(char) && !emoji;
      result = drawable ? char : substitute(char, covered);
      memo.set(char, result);
    }
    return result;
  };
  return (text: string) => {
    const normalized = text.replace(/\r\n?/g, '\n').normalize('NFC');
    let out = '';
    let changed = false;
    for (const char of normalized) {
      const code = char.charCodeAt(0);
      if ((code >= 0x20 && code < 0x7f) || char === '\n') {
        out += char;
        continue;
      }
      const replacement = resolve(char);
      if (replacement !== char) changed = true;
      out += replacement;
    }
    if (!changed) return out;
    // Dropping an emoji can leave doubled spaces, or a space before punctuation, behind.
    return out
      .replace(/[ \u00a0]{2,}/g, ' ')
      .replace(/ +([.,;:)\]”’»])/g, '$1')
      .replace(/ +\n/g, '\n')
      .trim();
  };
}
