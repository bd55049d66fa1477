interface NumberFieldProps {
  label: string;
  ariaLabel: string;
  unit: string;
  min: number;
  max: number;
  value: number;
  onChange: (value: number) => void;
}

/** A labelled number input with its unit after it. */
export function NumberField({
  label,
  ariaLabel,
  unit,
  min,
  max,
  value,
  onChange,
}: NumberFieldProps) {
  return (
    <label className="field">
      <span>{label}</span>
      <span className="with-unit">
        <input
          type="number"
          min={min}
          max={max}
          value={value}
          aria-label={ariaLabel}
          onChange={(e) => onChange(Number(e.target.value))}
        />
        {unit}
      </span>
    </label>
  );
}
