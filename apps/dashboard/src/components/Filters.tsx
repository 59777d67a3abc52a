import type { ReactNode } from 'react';
import { updateParams } from '../lib/router.js';

/** A labelled <select> bound to one query parameter, so the filter is part of the URL. */
export function ParamSelect({
  label,
  param,
  value,
  options,
  emptyLabel,
}: {
  label: string;
  param: string;
  value: string;
  options: { value: string; label: string }[];
  emptyLabel?: string;
}) {
  return (
    <label className="filter">
      <span>{label}</span>
      <select name={param} value={value} onChange={(e) => updateParams({ [param]: e.target.value })}>
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A date input bound to one query parameter. */
export function ParamDate({ label, param, value }: { label: string; param: string; value: string }) {
  return (
    <label className="filter">
      <span>{label}</span>
      <input
        type="date"
        name={param}
        value={value}
        onChange={(e) => updateParams({ [param]: e.target.value })}
      />
    </label>
  );
}

export function FilterBar({ children }: { children: ReactNode }) {
  return <div className="filter-bar">{children}</div>;
}
