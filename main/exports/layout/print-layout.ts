/**
 * How a handout or takeaway is set (issue 20): the usual layout, a print-saver that packs steps
 * onto fewer sheets, and large print for low vision (body text 16 pt, wider writing lines).
 */
export const PRINT_LAYOUTS = ['standard', 'saver', 'large'] as const;
export type PrintLayout = (typeof PRINT_LAYOUTS)[number];

export interface LayoutMetrics {
  /** Every type size is multiplied by this (body text is 12 pt in the standard layout). */
  textScale: number;
  /** Space between writing lines, points. */
  writingLine: number;
  /** Writing lines a form offers, relative to the standard layout. */
  linesShare: number;
  /** Whether the cover keeps a page of its own. */
  coverOwnPage: boolean;
  /** Footer type size: the support line is read by everyone who needs it. */
  footerSize: number;
}

const METRICS: Record<PrintLayout, LayoutMetrics> = {
  standard: { textScale: 1, writingLine: 28, linesShare: 1, coverOwnPage: true, footerSize: 8.5 },
  saver: { textScale: 0.875, writingLine: 23, linesShare: 0.7, coverOwnPage: false, footerSize: 8 },
  large: { textScale: 4 / 3, writingLine: 40, linesShare: 1, coverOwnPage: true, footerSize: 12 },
};

export function layoutMetrics(layout: PrintLayout): LayoutMetrics {
  return METRICS[layout];
}

export function isPrintLayout(value: unknown): value is PrintLayout {
  return typeof value === 'string' && (PRINT_LAYOUTS as readonly string[]).includes(value);
}
