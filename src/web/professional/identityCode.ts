/**
 * A quick check of a typed personal identity code before searching: the server answers a
 * mistyped code with "no results", which a professional could take for "no relationship".
 * Shape (with the 2023 century signs) and check character only; the server validates fully.
 */
const SHAPE = /^(\d{6})([-+ABCDEFUVWXY])(\d{3})([0-9A-FHJ-NPR-Y])$/;
const CHECK_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

export function identityCodeProblem(raw: string): 'format' | 'checksum' | null {
  const m = SHAPE.exec(raw.trim().toUpperCase());
  if (!m) return 'format';
  const [, date, , individual, check] = m;
  return CHECK_CHARS[Number(`${date}${individual}`) % 31] === check ? null : 'checksum';
}
