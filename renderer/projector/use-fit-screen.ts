import { useLayoutEffect, useRef, useState } from 'react';
import { fitScreen, type FitOutcome } from './fit-screen.js';

/**
 * Fits the screen's content into its box after every render that changes what is shown, and
 * whenever the box changes size or a picture arrives late. Marks the box with what it did (scale,
 * page, pages), so a test reads the outcome from the DOM.
 */
export function useFitScreen(
  screenKey: string,
  requestedPage: number,
  contentVersion: unknown,
): {
  boxRef: React.RefObject<HTMLDivElement | null>;
  contentRef: React.RefObject<HTMLDivElement | null>;
  outcome: FitOutcome | null;
} {
  const boxRef = useRef<HTMLDivElement | null>(null);
  const contentRef = useRef<HTMLDivElement | null>(null);
  const [outcome, setOutcome] = useState<FitOutcome | null>(null);
  const [resized, setResized] = useState(0);

  useLayoutEffect(() => {
    const box = boxRef.current;
    const content = contentRef.current;
    if (!box || !content) return;
    const next = fitScreen(box, content, requestedPage);
    box.dataset.fitScale = next.scale.toFixed(3);
    box.dataset.page = String(next.page);
    box.dataset.pages = String(next.pages);
    box.dataset.screenKey = screenKey;
    box.dataset.fitted = 'true';
    setOutcome((before) =>
      before &&
      before.scale === next.scale &&
      before.page === next.page &&
      before.pages === next.pages
        ? before
        : next,
    );
  }, [screenKey, requestedPage, contentVersion, resized]);

  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const again = () => setResized((n) => n + 1);
    // The box changes size with the window and with what surrounds it (a join bar whose QR code
    // arrives late): pages grouped for the old size would drop or repeat an item.
    let lastSize = '';
    const observer = new ResizeObserver(() => {
      const size = `${box.clientWidth}x${box.clientHeight}`;
      if (size === lastSize) return;
      const first = lastSize === '';
      lastSize = size;
      if (!first) again();
    });
    observer.observe(box);
    // A picture that loads after the first fit changes the height; `load` does not bubble.
    box.addEventListener('load', again, true);
    return () => {
      observer.disconnect();
      box.removeEventListener('load', again, true);
    };
  }, []);

  return { boxRef, contentRef, outcome };
}
