/**
 * Free text comes from phones: emoji, exotic scripts, control characters. The embedded font
 * covers Latin, Cyrillic, Greek and Vietnamese; anything else is turned into something the font
 * can draw, so a PDF never shows empty boxes and never breaks.
 */
const PICTOGRAPHIC = /\p{Extended_Pictographic}|\p{Emoji_Modifier}/u;
const REPLACEMENT = '?';

/**
 * Emoji and the invisible parts of emoji sequences: joiners, variation selectors, keycaps, tags
 * and flag letters. © and ® count as emoji in Unicode but are ordinary text in the font.
 */
function isEmojiPart(code: number, char: string): boolean {
  if (code <= 0xff) return false;
  return (
    PICTOGRAPHIC.test(char) ||
    code === 0x200d ||
    code === 0xfe0e ||
    code === 0xfe0f ||
    code === 0x20e3 ||
    (code >= 0xe0020 && code <= 0xe007f) ||
    (code >= 0x1f1e6 && code <= 0x1f1ff)
  );
}

/** C0 and C1 controls except tab and line feed. */
function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f);
}

export type GlyphCoverage = (codePoint: number) => boolean;

function substitute(char: string, covered: GlyphCoverage): string {
  const code = char.codePointAt(0) ?? 0;
  if (isEmojiPart(code, char) || isControl(code)) return '';
  if (char === '\t') return '    ';
  // Styled letters (𝐀, ﬁ, ①) often decompose into plain ones the font has.
  const plain = char.normalize('NFKD');
  const drawable = (text: string) => [...text].every((c) => covered(c.codePointAt(0) ?? 0));
  if (plain !== char && drawable(plain)) return plain;
  // Else the letter without its accents (ǹ → n) reads better than a replacement mark.
  const bare = plain.replace(/\p{M}/gu, '');
  if (bare && bare !== char && drawable(bare)) return bare;
  return REPLACEMENT;
}

export function makeSafeText(covered: GlyphCoverage): (text: string) => string {
  /** Per character: itself when drawable, else its replacement (maybe empty). */
  const memo = new Map<string, string>();
  const resolve = (char: string): string => {
    let result = memo.get(char);
    if (result === undefined) {
      const code = char.codePointAt(0) ?? 0;
      const drawable = covered(code) && !isControl(code) && !isEmojiPart(code, char);
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
