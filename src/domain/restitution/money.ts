/** Money inside the calculator is integer cents; these helpers keep every rounding explicit. */

/** Dollars as entered (at most two decimals, checked by the case schema) → integer cents. */
export function toCents(dollars: number): number {
  return Math.round(dollars * 100);
}

/**
 * num ÷ den rounded to the nearest integer, halves rounded up. Both are non-negative integers
 * small enough to be exact in a double (the calculator's largest products are about 10^13).
 */
export function roundDiv(num: number, den: number): number {
  if (den <= 0 || num < 0)
    throw new RangeError('roundDiv takes a non-negative numerator and a positive denominator');
  return Math.floor((2 * num + den) / (2 * den));
}

/** Cents → "$1,234.56", as the documents print money. */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const dollars = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}$${dollars}.${String(abs % 100).padStart(2, '0')}`;
}
