/**
 * A small deterministic pseudo-random generator (mulberry32): the same `seed` always yields the
 * same sequence. Not for cryptography.
 *
 * @param seed - any number; it is truncated to an unsigned 32-bit integer
 * @returns a function returning floats in [0, 1)
 */
export function createSeededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}
