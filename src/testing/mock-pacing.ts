/**
 * Default pacing of the mock provider, from measured real generations.
 *
 * Source: the OpenUI benchmark's streaming timings, `benchmarks/samples/metrics.json` in
 * https://github.com/thesysdev/openui (MIT, file commit 47c86e023451, 2026-03-14): seven GPT-5.2
 * generations of UI specs (151 to 1229 completion tokens) with time to first token 769, 984, 992,
 * 1032, 1703, 1827 and 1851 ms and 66.7, 77.5, 78.1, 81.3, 91.0, 91.8 and 104.5 tokens per second.
 * The defaults are the medians (1032 ms, 81.3 → 81 tokens/s); the range is kept for callers who
 * want to vary them.
 */

/** Median time to first token of the measured generations, in milliseconds (range 769 to 1851). */
export const DEFAULT_MOCK_TIME_TO_FIRST_TOKEN_MS = 1032;

/** Median output rate of the measured generations, in tokens per second (range 66.7 to 104.5). */
export const DEFAULT_MOCK_TOKENS_PER_SECOND = 81;

/** Fastest and slowest measured rates, in tokens per second (see the source above). */
export const MEASURED_TOKENS_PER_SECOND_RANGE = { min: 66.7, max: 104.5 } as const;

/** Shortest and longest measured times to first token, in milliseconds (see the source above). */
export const MEASURED_TIME_TO_FIRST_TOKEN_MS_RANGE = { min: 769, max: 1851 } as const;
