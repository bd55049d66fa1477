import { createContext, useContext, useState } from 'react';

/**
 * Where a preview's picture comes from instead (the console's editor draws the phone's and the
 * projector's own screens, outside any session): null everywhere else.
 */
export const PreviewImageSrc = createContext<string | null>(null);

/** Aspect ratios of pictures already seen, so showing one again never moves the page. */
const knownRatios = new Map<string, number>();
/** Until the picture arrives, space for a typical wide diagram is kept. */
const DEFAULT_RATIO = 16 / 9;

/**
 * An info step's picture. The box keeps its size while the image loads (aspect-ratio), and
 * object-fit keeps the whole picture visible when a max-height from CSS limits the box.
 */
export function StepImage({
  src,
  alt,
  className,
}: {
  src: string;
  alt: string;
  className: string;
}) {
  const preview = useContext(PreviewImageSrc);
  const shown = preview ?? src;
  const [ratio, setRatio] = useState(() => knownRatios.get(shown) ?? DEFAULT_RATIO);
  return (
    <img
      className={className}
      src={shown}
      alt={alt}
      decoding="async"
      style={{ aspectRatio: String(ratio) }}
      onLoad={(event) => {
        const { naturalWidth, naturalHeight } = event.currentTarget;
        if (naturalWidth === 0 || naturalHeight === 0) return;
        knownRatios.set(shown, naturalWidth / naturalHeight);
        setRatio(naturalWidth / naturalHeight);
      }}
    />
  );
}

/** Where the phone fetches an info step's picture (the host looks it up in the open session). */
export function participantImageSrc(stepId: string): string {
  return `/media/${encodeURIComponent(stepId)}`;
}
