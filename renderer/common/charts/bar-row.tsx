/** One labelled horizontal bar; the numbers are text, so the bar itself is decoration. */
export function BarRow({
  label,
  value,
  max,
  detail,
  highlight,
  mark,
}: {
  label: string;
  value: number;
  max: number;
  detail: string;
  highlight?: boolean;
  mark?: string;
}) {
  const width = max > 0 ? Math.max(0, Math.min(100, (value / max) * 100)) : 0;
  return (
    <li className={highlight ? 'agg-bar agg-bar--highlight' : 'agg-bar'}>
      <span className="agg-bar-label">
        {label}
        {mark ? <span className="agg-mark"> ✓ {mark}</span> : null}
      </span>
      <span className="agg-bar-track" aria-hidden="true">
        <span className="agg-bar-fill" style={{ width: `${width}%` }} />
      </span>
      <span className="agg-bar-detail">{detail}</span>
    </li>
  );
}
