/**
 * One design language (issue 18): every colour and every font size of the phone, the console and
 * the projector comes from renderer/common/tokens.css. Any other stylesheet in renderer/ that
 * writes a raw colour (#hex, rgb(), hsl(), a named colour) or a font size that is not a token
 * fails here, so the scale cannot drift apart again.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../e2e/participant-harness.js';

const RENDERER = join(REPO_ROOT, 'renderer');
const TOKENS = 'renderer/common/tokens.css';

/** Font sizes allowed besides the tokens, each with its reason. */
const FONT_SIZE_EXCEPTIONS: Record<string, string> = {
  inherit: 'the size of the surrounding text',
  'calc(var(--fit) * 1em)': 'the projector shrinks a screen that would not fit (fit-screen.ts)',
};
const TOKEN_FONT_SIZE = /^var\(--fs-[a-z0-9-]+\)$/;
const RAW_COLOUR = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/i;
/** CSS named colours that a hand might reach for; `transparent` and `currentColor` are fine. */
const NAMED_COLOUR =
  /(?:^|[\s,(])(?:white|black|red|green|blue|gray|grey|silver|orange|yellow|purple|navy|teal|maroon)(?:$|[\s,)])/i;

function stylesheets(): string[] {
  return readdirSync(RENDERER, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.css'))
    .map((file) => relative(REPO_ROOT, join(RENDERER, file)).split('\\').join('/'))
    .sort();
}

interface Finding {
  where: string;
  declaration: string;
}

function scan(file: string): { colours: Finding[]; fontSizes: Finding[] } {
  const root = postcss.parse(readFileSync(join(REPO_ROOT, file), 'utf8'), { from: file });
  const colours: Finding[] = [];
  const fontSizes: Finding[] = [];
  root.walkDecls((decl) => {
    const finding = {
      where: `${file}:${decl.source?.start?.line ?? 0}`,
      declaration: `${decl.prop}: ${decl.value}`,
    };
    if (RAW_COLOUR.test(decl.value) || NAMED_COLOUR.test(decl.value)) colours.push(finding);
    if (decl.prop === 'font-size' && !TOKEN_FONT_SIZE.test(decl.value)) {
      if (!(decl.value in FONT_SIZE_EXCEPTIONS)) fontSizes.push(finding);
    }
    if (decl.prop === 'font' && decl.value !== 'inherit') fontSizes.push(finding);
  });
  return { colours, fontSizes };
}

describe('the design language', () => {
  const files = stylesheets();

  it('has one tokens file, and the stylesheets of all three faces are found', () => {
    expect(files).toContain(TOKENS);
    for (const face of ['participant', 'console', 'projector']) {
      expect(files.some((file) => file.startsWith(`renderer/${face}/`))).toBe(true);
    }
  });

  it('every face imports the tokens before its own styles', () => {
    for (const face of ['participant', 'console', 'projector']) {
      const entry = readFileSync(join(RENDERER, face, 'main.tsx'), 'utf8');
      const imports = [...entry.matchAll(/^import '([^']+\.css)';$/gm)].map((m) => m[1]);
      expect(imports[0], face).toBe('../common/tokens.css');
    }
  });

  it('writes no raw colour outside the tokens file', () => {
    const found = files.filter((file) => file !== TOKENS).flatMap((file) => scan(file).colours);
    expect(found).toEqual([]);
  });

  it('writes no font size outside the type scale', () => {
    const found = files.filter((file) => file !== TOKENS).flatMap((file) => scan(file).fontSizes);
    expect(found).toEqual([]);
  });

  it('keeps the type scale to a few sizes and one accent colour', () => {
    const tokens = postcss.parse(readFileSync(join(REPO_ROOT, TOKENS), 'utf8'));
    const sizes = new Set<string>();
    const accents: string[] = [];
    tokens.walkDecls((decl) => {
      if (decl.prop.startsWith('--fs-')) sizes.add(decl.value);
      if (/^--c-accent(?:-|$)/.test(decl.prop)) accents.push(decl.prop);
    });
    expect(sizes.size).toBeLessThanOrEqual(20);
    expect(accents).toContain('--c-accent');
    // Scanning the tokens file with its own rule would flag every palette entry; the detector
    // itself must still see a planted literal, or the checks above prove nothing.
    expect(RAW_COLOUR.test('color: #1f6b73')).toBe(true);
    expect(RAW_COLOUR.test('background: rgba(0, 0, 0, 0.2)')).toBe(true);
    expect(NAMED_COLOUR.test('white')).toBe(true);
    expect(NAMED_COLOUR.test('var(--c-white)')).toBe(false);
  });
});
