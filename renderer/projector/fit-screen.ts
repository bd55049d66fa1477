/**
 * Makes a projector screen fit without clipping anything: first at full size, then smaller down
 * to a floor still readable from the back row, then split into pages of whole items (bars,
 * statements' themes, quotes, paragraphs) the counselor steps through. DOM measurement only:
 * the projector alone knows its size.
 */

/** The smallest text scale: the smallest chart text stays about 26 px high at 1080 px. */
export const FIT_FLOOR = 0.75;
/** Below the floor only when one item alone cannot fit a page (never seen with shipped texts). */
const LAST_RESORT_FLOOR = 0.4;

/** What can start a new page: whole rows of a result, whole themes, paragraphs and list items. */
export const PAGE_ITEMS = [
  '.agg-bars > li',
  '.agg-rank > li',
  '.agg-quotes > li',
  '.agg-scale > .agg-scale-theme',
  '.info-blocks > p',
  '.info-blocks > ul > li',
  '.info-blocks > ol > li',
].join(', ');

export interface FitOutcome {
  scale: number;
  pages: number;
  /** The page shown (the requested one, kept within the pages there are). */
  page: number;
}

function fits(box: HTMLElement): boolean {
  return box.scrollHeight <= box.clientHeight + 1 && box.scrollWidth <= box.clientWidth + 1;
}

function setScale(content: HTMLElement, scale: number): void {
  content.style.setProperty('--fit', scale.toFixed(3));
}

/** The largest scale in [low, high] at which the box fits; `low` when none does. */
function largestFitting(box: HTMLElement, content: HTMLElement, low: number, high: number) {
  setScale(content, high);
  if (fits(box)) return high;
  let lo = low;
  let hi = high;
  for (let i = 0; i < 7; i += 1) {
    const mid = (lo + hi) / 2;
    setScale(content, mid);
    if (fits(box)) lo = mid;
    else hi = mid;
  }
  setScale(content, lo);
  return lo;
}

function show(items: HTMLElement[], visible: (index: number) => boolean): void {
  items.forEach((item, i) => {
    item.style.display = visible(i) ? '' : 'none';
  });
}

/** Groups items into pages by their measured extent, each page at most `room` high. */
function groupIntoPages(items: HTMLElement[], room: number): number[] {
  const starts = [0];
  let top = items[0]!.getBoundingClientRect().top;
  items.forEach((item, i) => {
    const box = item.getBoundingClientRect();
    if (i > starts[starts.length - 1]! && box.bottom - top > room) {
      starts.push(i);
      top = box.top;
    }
  });
  return starts;
}

export function fitScreen(
  box: HTMLElement,
  content: HTMLElement,
  requestedPage: number,
): FitOutcome {
  const items = [...content.querySelectorAll<HTMLElement>(PAGE_ITEMS)];
  show(items, () => true);
  const scale = largestFitting(box, content, FIT_FLOOR, 1);
  if (fits(box) || items.length < 2) {
    return {
      scale: fits(box) ? scale : largestFitting(box, content, LAST_RESORT_FLOOR, FIT_FLOOR),
      pages: 1,
      page: 0,
    };
  }
  // At the floor, everything but the items is what every page repeats (title, legend, notes).
  const first = items[0]!.getBoundingClientRect().top;
  const last = Math.max(...items.map((item) => item.getBoundingClientRect().bottom));
  const repeated = box.scrollHeight - (last - first);
  const starts = groupIntoPages(items, Math.max(1, box.clientHeight - repeated));
  // One scale for every page, so the title and text keep their size as the counselor steps.
  const showPage = (n: number) => {
    const from = starts[n]!;
    const to = starts[n + 1] ?? items.length;
    show(items, (i) => i >= from && i < to);
  };
  let shared = 1;
  starts.forEach((_, n) => {
    showPage(n);
    setScale(content, FIT_FLOOR);
    const fitting = fits(box)
      ? largestFitting(box, content, FIT_FLOOR, 1)
      : largestFitting(box, content, LAST_RESORT_FLOOR, FIT_FLOOR);
    shared = Math.min(shared, fitting);
  });
  const page = Math.max(0, Math.min(requestedPage, starts.length - 1));
  showPage(page);
  setScale(content, shared);
  return { scale: shared, pages: starts.length, page };
}
