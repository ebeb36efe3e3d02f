/**
 * A day typed as a person types it (31.12.2027), for "valid until" fields. Typed, not picked: a
 * half-typed date is then an error at its field, never silently "until further notice".
 */
import type { FieldError } from '../api.js';
import { endOfDayInFinland, parseDay } from '../format.js';

export interface UntilMessages {
  /** Said when the field is left empty; without it an empty field means "no end" (null). */
  required?: string;
  /** Said when the text is not a real day. */
  invalid: string;
}

/**
 * The end of the typed day in Finland (an ISO timestamp), or null when it is empty or wrong; a
 * problem is added to `errors` at `field`, in the order the form checks its fields.
 */
export function untilEndOfDay(
  text: string,
  field: string,
  messages: UntilMessages,
  errors: FieldError[],
): string | null {
  const day = parseDay(text);
  if (day === null) {
    if (messages.required) errors.push({ field, message: messages.required });
    return null;
  }
  if (day === 'invalid') {
    errors.push({ field, message: messages.invalid });
    return null;
  }
  return endOfDayInFinland(day);
}
