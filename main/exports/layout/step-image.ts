import type { Flow } from './flow.js';
import { MUTED } from './page-frame.js';

/** A picture takes at most this share of the page's writing area, so its text stays near. */
const MAX_PAGE_SHARE = 0.45;
const CAPTION_SIZE = 10;
const CAPTION_GAP = 6;
const GAP_AFTER = 10;

/** pdfkit's opened image (its types leave `openImage` out); `doc.image` accepts it as a source. */
interface OpenedImage {
  width: number;
  height: number;
}

export interface StepImageLayout {
  image: OpenedImage | null;
  width: number;
  height: number;
  alt: string;
  /** Picture, caption and the space below them. */
  total: number;
}

/**
 * Sizes an info step's picture to fit the content width (never cropped, at most 45% of the page).
 * A picture pdfkit cannot read gets no box; its caption still says what it showed.
 */
export function layoutStepImage(flow: Flow, data: Buffer, alt: string): StepImageLayout {
  const caption = flow.measure(alt, { size: CAPTION_SIZE }) + GAP_AFTER;
  let image: OpenedImage;
  try {
    image = (flow.doc as unknown as { openImage(src: Buffer): OpenedImage }).openImage(data);
  } catch {
    return { image: null, width: 0, height: 0, alt, total: caption };
  }
  const maxHeight = (flow.frame.bottom - flow.frame.top) * MAX_PAGE_SHARE;
  const scale = Math.min(flow.width / image.width, maxHeight / image.height);
  const width = image.width * scale;
  const height = image.height * scale;
  return { image, width, height, alt, total: height + CAPTION_GAP + caption };
}

/** The picture centred, with its alt text as a caption: the page says in words what it shows. */
export function drawStepImage(flow: Flow, layout: StepImageLayout): void {
  flow.ensure(layout.total);
  if (layout.image) {
    const top = flow.y;
    const x = flow.left + (flow.width - layout.width) / 2;
    flow.frame.tags.figure(layout.alt, () =>
      flow.doc.image(layout.image as unknown as Buffer, x, top, {
        width: layout.width,
        height: layout.height,
      }),
    );
    flow.y = top + layout.height + CAPTION_GAP;
  }
  flow.text(layout.alt, {
    size: CAPTION_SIZE,
    color: MUTED,
    align: 'center',
    gapAfter: GAP_AFTER,
    role: 'Caption',
  });
}
