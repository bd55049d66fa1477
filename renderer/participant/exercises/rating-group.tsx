import './rating-group.css';
/** Five large radio targets for one statement; each is announced with its number and label. */
export function RatingGroup({
  name,
  statement,
  labels,
  value,
  onRate,
  layout,
}: {
  name: string;
  statement: string;
  labels: readonly string[];
  value: number | undefined;
  onRate: (value: number) => void;
  layout: 'stacked' | 'row';
}) {
  return (
    <fieldset className="group">
      <legend className={layout === 'stacked' ? 'statement statement--big' : 'statement'}>
        {statement}
      </legend>
      <div className={layout === 'stacked' ? 'tiles' : 'rating-row'}>
        {labels.map((label, i) => {
          const rating = i + 1;
          return (
            <label key={rating} className={layout === 'stacked' ? 'tile' : 'tile tile--number'}>
              <input
                type="radio"
                className="tile-input"
                name={name}
                aria-label={`${rating}: ${label}`}
                checked={value === rating}
                onChange={() => onRate(rating)}
              />
              <span className="tile-number">{rating}</span>
              <span className={layout === 'stacked' ? 'tile-label' : 'visually-hidden'}>
                {label}
              </span>
            </label>
          );
        })}
      </div>
      {layout === 'row' ? (
        <div className="rating-ends" aria-hidden="true">
          <span>{labels[0]}</span>
          <span>{labels[labels.length - 1]}</span>
        </div>
      ) : null}
    </fieldset>
  );
}
