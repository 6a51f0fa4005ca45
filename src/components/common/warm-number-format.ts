import { getNumberFormat } from './json-shape.js';

let numberFormatWarmed = false;

/**
 * Makes the default `Intl.NumberFormat` once per page in an idle moment (`requestIdleCallback`,
 * else a 1 ms timer): the first number format of a page loads the runtime's ICU data (12–50 ms
 * in Chromium profiles), which would otherwise land in the commit that paints the first value.
 * Views call it while they show their skeleton, before the first byte.
 */
export function warmNumberFormat(): void {
  if (numberFormatWarmed) return;
  numberFormatWarmed = true;
  const idle = (globalThis as { requestIdleCallback?: (run: () => void) => unknown }).requestIdleCallback;
  const make = (): void => void getNumberFormat();
  if (idle) idle(make);
  else setTimeout(make, 1);
}
