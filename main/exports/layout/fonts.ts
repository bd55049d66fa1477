import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { create, type Font } from 'fontkit';

/** Noto Sans (SIL OFL 1.1): Latin, Cyrillic, Greek and Vietnamese in one embedded face. */
export const FONT_REGULAR = 'body';
export const FONT_BOLD = 'bold';

/**
 * Every face a PDF may embed, all Noto (SIL OFL 1.1, see assets/fonts). The CJK face is a subset
 * of Noto Sans CJK SC to the Chinese, Japanese and Korean national character sets (GB 2312,
 * JIS X 0208, KS X 1001), which keeps the app 6 MB instead of 16 MB larger.
 */
const FILES = {
  [FONT_REGULAR]: 'NotoSans-Regular.ttf',
  [FONT_BOLD]: 'NotoSans-Bold.ttf',
  arabic: 'NotoSansArabic-Regular.ttf',
  'arabic-bold': 'NotoSansArabic-Bold.ttf',
  hebrew: 'NotoSansHebrew-Regular.ttf',
  'hebrew-bold': 'NotoSansHebrew-Bold.ttf',
  cjk: 'NotoSansCJKsc-Regular-subset.otf',
} as const;

export type FontName = keyof typeof FILES;
export type BodyFont = typeof FONT_REGULAR | typeof FONT_BOLD;

/** For each body font, the faces tried in turn for a character it lacks (CJK has no bold here). */
export const FALLBACKS: Record<BodyFont, readonly FontName[]> = {
  [FONT_REGULAR]: [FONT_REGULAR, 'arabic', 'hebrew', 'cjk'],
  [FONT_BOLD]: [FONT_BOLD, 'arabic-bold', 'hebrew-bold', 'cjk'],
};

export const FONT_NAMES = Object.keys(FILES) as FontName[];

/**
 * Works from the sources (main/exports/layout), the build (dist/main/exports/layout) and the
 * installed app, where the fonts sit beside app.asar (resources/assets/fonts, as extraResources)
 * so a PDF worker thread reads them with plain fs.
 */
export function findFontsDir(start = dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  for (let depth = 0; depth < 8; depth++) {
    const candidate = join(dir, 'assets', 'fonts');
    if (existsSync(join(candidate, FILES[FONT_REGULAR]))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error('the bundled fonts (assets/fonts) were not found');
}

let fontsDir: string | undefined;
const buffers = new Map<FontName, Buffer>();
const faces = new Map<FontName, Font>();

/** Font bytes, read once per process: exports are rendered on request and must be quick. */
export function fontBuffer(name: FontName): Buffer {
  let buffer = buffers.get(name);
  if (!buffer) {
    fontsDir ??= findFontsDir();
    buffer = readFileSync(join(fontsDir, FILES[name]));
    buffers.set(name, buffer);
  }
  return buffer;
}

/** The parsed face, for its character map and vertical metrics. */
export function fontFace(name: FontName): Font {
  let face = faces.get(name);
  if (!face) {
    face = create(fontBuffer(name)) as Font;
    faces.set(name, face);
  }
  return face;
}

export function fontBuffers(): Record<BodyFont, Buffer> {
  return { [FONT_REGULAR]: fontBuffer(FONT_REGULAR), [FONT_BOLD]: fontBuffer(FONT_BOLD) };
}

/** True when some embedded face can draw the character. */
export function fontCoverage(codePoint: number): boolean {
  return FALLBACKS[FONT_REGULAR].some((name) => fontFace(name).hasGlyphForCodePoint(codePoint));
}
