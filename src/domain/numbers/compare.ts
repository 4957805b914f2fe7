import Big from 'big.js';

/**
 * Comparisons on the exact decimals of finite numbers, as big.js makes them, without big.js where the
 * binary values already decide.
 *
 * A finite double's shortest decimal (what big.js reads) is the one decimal that rounds to it, and
 * those decimals are ordered as the doubles are: comparing two figures as decimals is comparing them
 * as doubles. A product is another matter: the exact decimal product can differ from the binary one by
 * a few parts in 10^16, so only a gap far wider than that decides without the exact product.
 */

/** new Big(x).lt(new Big(a).times(b)), for finite x, a and b. */
export function isBelowProduct(x: number, a: number, b: number): boolean {
  const product = a * b;
  const scale = Math.abs(product);
  if (scale > 1e-290 && scale < 1e290) {
    // the decimals of x, a and b are within 2^-53 of the doubles, relatively, and so is the rounding
    // of the product: 1e-12 of the magnitudes in play is a gap none of that can close
    const margin = (scale + Math.abs(x)) * 1e-12;
    if (x < product - margin) return true;
    if (x > product + margin) return false;
  }
  return new Big(x).lt(new Big(a).times(b));
}

/**
 * numerator / denominator < threshold on exact decimals, for a denominator other than 0: what a
 * completion or execution rate is compared with. 4.02 / 6.7 is 0.6 exactly, though in binary it is
 * 0.5999999999999999, and 11.7 / 9 is 1.3 though in binary 1.2999999999999998.
 */
export function isRatioBelow(numerator: number, denominator: number, threshold: number): boolean {
  // n / d < t is n < d·t for d > 0 and n > d·t for d < 0, that is −n < −d·t
  return denominator > 0 ? isBelowProduct(numerator, denominator, threshold) : isBelowProduct(-numerator, -denominator, threshold);
}
