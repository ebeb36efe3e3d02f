/** A day typed d.m.yyyy in a short text field (read with `untilEndOfDay`); no date picker. */
import type { ReactNode } from 'react';
import { TextField } from './fields.js';

export function FinnishDateField(props: {
  label: string;
  pointer: string;
  hint?: ReactNode;
  required?: boolean;
  value: string;
  onChange: (value: string) => void;
}) {
  return <TextField {...props} className="field-date" inputMode="numeric" />;
}
