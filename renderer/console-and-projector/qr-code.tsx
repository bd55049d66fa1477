import { useEffect, useState } from 'react';
import { toString as qrCodeSvg } from 'qrcode/lib/browser.js';

interface Props {
  value: string;
  label: string;
  className?: string;
}

/** A join QR code drawn as inline SVG in the browser: no image request, nothing leaves the laptop. */
export function QrCode({ value, label, className }: Props) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    qrCodeSvg(value, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
      .then((markup) => {
        if (!cancelled) setSvg(markup);
      })
      .catch(() => {
        if (!cancelled) setSvg(null);
      });
    return () => {
      cancelled = true;
    };
  }, [value]);
  return (
    <div
      className={`qr ${className ?? ''}`}
      role="img"
      aria-label={label}
      // The markup comes from the qrcode library for a URL we built; it holds only paths.
      dangerouslySetInnerHTML={svg ? { __html: svg } : undefined}
    />
  );
}
