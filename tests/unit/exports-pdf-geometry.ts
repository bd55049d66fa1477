import { execFileSync } from 'node:child_process';

/** A box in points, measured from the page's top-left corner (as pdfkit and pdftotext see it). */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface WordBox extends Box {
  text: string;
}

export interface PageWords {
  width: number;
  height: number;
  words: WordBox[];
}

/** Every word of every page with its box, from `pdftotext -bbox`. */
export function wordBoxes(path: string): PageWords[] {
  const html = execFileSync('pdftotext', ['-bbox', path, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return html
    .split('<page ')
    .slice(1)
    .map((page) => {
      const size = /width="([\d.]+)" height="([\d.]+)"/.exec(page);
      const words = [
        ...page.matchAll(
          /xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g,
        ),
      ].map((m) => {
        const [x0, y0, x1, y1] = [m[1], m[2], m[3], m[4]].map(Number) as [
          number,
          number,
          number,
          number,
        ];
        return { x: x0, y: y0, w: x1 - x0, h: y1 - y0, text: m[5] ?? '' };
      });
      return { width: Number(size?.[1]), height: Number(size?.[2]), words };
    });
}

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
type QpdfObjects = Record<string, { value?: JsonValue; stream?: { data?: string } }>;

/**
 * The rectangles (`re` operators) each page draws, read from its decoded content stream with
 * `qpdf --json`. pdfkit flips the page once at the start of the stream, so these are in the
 * same top-down points as the word boxes.
 */
export function pageRects(path: string): Box[][] {
  const json = JSON.parse(
    execFileSync(
      'qpdf',
      [
        '--json',
        '--json-key=qpdf',
        '--json-stream-data=inline',
        '--decode-level=generalized',
        path,
      ],
      { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
    ),
  ) as { qpdf: [unknown, QpdfObjects] };
  const objects = json.qpdf[1];
  const value = (ref: JsonValue | undefined) =>
    (typeof ref === 'string' ? objects[`obj:${ref}`]?.value : ref) as
      Record<string, JsonValue> | undefined;
  const pages: Record<string, JsonValue>[] = [];
  const walk = (ref: JsonValue | undefined) => {
    const node = value(ref);
    if (!node) return;
    if (node['/Type'] === '/Page') pages.push(node);
    else for (const kid of (node['/Kids'] as JsonValue[] | undefined) ?? []) walk(kid);
  };
  const trailer = objects.trailer?.value as Record<string, JsonValue>;
  walk(value(trailer['/Root'])?.['/Pages']);
  return pages.map((page) => {
    const contents = page['/Contents'];
    const refs = Array.isArray(contents) ? contents : [contents];
    const stream = refs
      .map((ref) => Buffer.from(objects[`obj:${String(ref)}`]?.stream?.data ?? '', 'base64'))
      .map((bytes) => bytes.toString('latin1'))
      .join('\n');
    return [...stream.matchAll(/(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) re\b/g)].map((m) => ({
      x: Number(m[1]),
      y: Number(m[2]),
      w: Number(m[3]),
      h: Number(m[4]),
    }));
  });
}

/** Pairs of words on one page whose boxes cover each other by more than a sliver. */
export function overlappingWords(page: PageWords): [WordBox, WordBox][] {
  const found: [WordBox, WordBox][] = [];
  const { words } = page;
  for (let i = 0; i < words.length; i++) {
    const a = words[i]!;
    for (const b of words.slice(i + 1)) {
      const ix = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
      const iy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
      if (ix <= 0.5 || iy <= 0.5) continue;
      const smaller = Math.min(a.w * a.h, b.w * b.h);
      // Line boxes of neighbouring lines touch a little; a real collision covers much more.
      if (smaller > 0 && (ix * iy) / smaller > 0.12) found.push([a, b]);
    }
  }
  return found;
}

/** Words that run off the page or into its outer edge. */
export function wordsOffPage(page: PageWords, edge = 14): WordBox[] {
  return page.words.filter(
    (w) =>
      w.x < edge || w.y < edge || w.x + w.w > page.width - edge || w.y + w.h > page.height - edge,
  );
}
