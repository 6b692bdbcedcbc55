// Exact decimals as strings. A JavaScript number keeps 15–17 significant digits
// and ends at ~1.8e308: "9007199254740993" would become 9007199254740992 and "1"
// followed by 309 zeros Infinity. The sheet keeps what the text wrote, exactly,
// as a canonical decimal string beside the (nearest) number.
//
// Canonical form: plain digits, at most one ".", no sign (the sheet's `exact` puts a
// "-" before a canonical decimal for a negative value), no leading zeros in
// the whole part (but "0.5"), no trailing zeros in the fraction and no trailing
// "." ("2.50" → "2.5", "007" → "7", "0.0" → "0"). Two canonical strings are
// equal exactly when the decimals are equal. Every function here is linear in
// the length of its input.

/** `/^\d+(?:\.\d+)?$/` after commas, spaces and narrow no-break spaces are dropped. */
const DECIMAL = /^\d+(?:\.\d+)?$/u;

/**
 * "1,000.50" → "1000.5"; "0042" → "42". Throws RangeError on anything that is not
 * digits with an optional fraction (group separators "," " " U+202F allowed).
 */
export function canonicalDecimal(written: string): string {
  const clean = written.replace(/[,\s\u202f]/gu, '');
  if (!DECIMAL.test(clean)) throw new RangeError(`not a decimal: ${JSON.stringify(written.slice(0, 40))}`);
  const point = clean.indexOf('.');
  const whole = (point < 0 ? clean : clean.slice(0, point)).replace(/^0+(?=\d)/u, '');
  const fraction = point < 0 ? '' : clean.slice(point + 1).replace(/0+$/u, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

/**
 * The decimal times 10^exponent, exactly: ("2.55", 6) → "2550000", ("5.9", 9) →
 * "5900000000", ("1.234", 2) → "123.4". `exponent` is a non-negative integer.
 */
export function shiftDecimal(written: string, exponent: number): string {
  const canonical = canonicalDecimal(written);
  if (exponent <= 0) return canonical;
  const [whole, fraction = ''] = canonical.split('.');
  const shifted =
    fraction.length <= exponent
      ? whole + fraction.padEnd(exponent, '0')
      : `${whole}${fraction.slice(0, exponent)}.${fraction.slice(exponent)}`;
  return canonicalDecimal(shifted);
}

/** The decimal times a small non-negative integer ("1,000 dozen" → ("1000", 12) → "12000"), exactly. */
export function multiplyDecimal(written: string, factor: number): string {
  const canonical = canonicalDecimal(written);
  const [whole, fraction = ''] = canonical.split('.');
  const product = (BigInt(whole + fraction) * BigInt(factor)).toString();
  if (!fraction) return product;
  const padded = product.padStart(fraction.length + 1, '0');
  return canonicalDecimal(`${padded.slice(0, -fraction.length)}.${padded.slice(-fraction.length)}`);
}

/**
 * A finite non-negative number as a canonical decimal: its shortest round-trip form,
 * written out in full (1e21 → "1000000000000000000000", 1e-7 → "0.0000001"). For
 * number words, whose values are small ("two and a half" → 2.5); a value with no
 * finite decimal ("a third of a million") keeps its shortest round-trip form.
 */
export function decimalOfNumber(value: number): string {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`not a finite non-negative number: ${value}`);
  const [mantissa, exp = '0'] = String(value).split('e');
  const e = Number(exp);
  const [whole, fraction = ''] = mantissa.split('.');
  const digits = whole + fraction;
  const point = whole.length + e; // where the point goes in `digits`
  if (point <= 0) return canonicalDecimal(`0.${'0'.repeat(-point)}${digits}`);
  if (point >= digits.length) return canonicalDecimal(digits.padEnd(point, '0'));
  return canonicalDecimal(`${digits.slice(0, point)}.${digits.slice(point)}`);
}

/** The nearest number to a canonical decimal, or null when it is beyond the finite range (≥ ~1.8e308). */
export function numberOfDecimal(exact: string): number | null {
  const n = Number(exact);
  return Number.isFinite(n) ? n : null;
}

/** Orders canonical decimals by value, exactly (no rounding, any length; "-12.5" before "3"): -1, 0 or 1. */
export function compareDecimals(a: string, b: string): number {
  const [aNegative, bNegative] = [a.startsWith('-'), b.startsWith('-')];
  if (aNegative !== bNegative) return aNegative ? -1 : 1;
  if (aNegative) return compareMagnitudes(b.slice(1), a.slice(1));
  return compareMagnitudes(a, b);
}

function compareMagnitudes(a: string, b: string): number {
  const [aw, af = ''] = a.split('.');
  const [bw, bf = ''] = b.split('.');
  if (aw.length !== bw.length) return aw.length < bw.length ? -1 : 1;
  if (aw !== bw) return aw < bw ? -1 : 1;
  if (af === bf) return 0;
  return af < bf ? -1 : 1;
}

/**
 * A whole number plus a proper fraction ("3", 1, 4 → "3.25"), exactly when the denominator
 * divides a power of ten (halves, quarters, eighths, fifths…); otherwise the shortest
 * round-trip form of the sum ("1 1/3" → "1.3333333333333333"). `whole` is canonical digits
 * with no fraction; 0 < numerator < denominator. Throws RangeError otherwise.
 */
export function mixedFraction(whole: string, numerator: number, denominator: number): string {
  if (!/^\d+$/u.test(whole) || !(numerator > 0 && numerator < denominator)) throw new RangeError(`not a mixed fraction: ${whole} ${numerator}/${denominator}`);
  for (let k = 1, power = 10n; k <= 12; k++, power *= 10n) {
    if (power % BigInt(denominator) === 0n) {
      const digits = ((BigInt(numerator) * power) / BigInt(denominator)).toString().padStart(k, '0');
      return canonicalDecimal(`${whole}.${digits}`);
    }
  }
  return decimalOfNumber(Number(whole) + numerator / denominator);
}
