import { t, type MessageKey } from '../../lib/i18n';

/** A labelled select over one setting's choices. */
export function Choice<T extends string>({
  name,
  label,
  value,
  options,
  labels,
  disabled = false,
  onChange,
}: {
  name: string;
  label: string;
  value: T;
  options: readonly T[];
  labels: Record<T, MessageKey>;
  disabled?: boolean;
  onChange(value: T): void;
}) {
  return (
    <p>
      <label>
        {label}{' '}
        <select
          name={name}
          value={value}
          disabled={disabled}
          onChange={(e) => {
            const chosen = options.find((option) => option === e.currentTarget.value);
            if (chosen) onChange(chosen);
          }}
        >
          {options.map((option) => (
            <option key={option} value={option}>
              {t(labels[option])}
            </option>
          ))}
        </select>
      </label>
    </p>
  );
}
