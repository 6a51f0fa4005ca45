import type { ArgTypes } from '@storybook/react-vite';
import type { ReplayFault, ReplayOptions } from '../../src/testing/index.js';

/** Fault choices offered by the stories' controls. */
export type StoryFault = 'none' | 'stall' | 'abort' | 'provider-error' | 'truncate' | 'buffering' | 'split-utf8';

/** Storybook args driving a replay (speed, chunking, seed, faults). */
export interface ReplayArgs {
  /** Pacing: fixed delay per event, or payload characters / estimated tokens per second. */
  pacing: 'delay' | 'characters-per-second' | 'tokens-per-second';
  /** Delay per event in ms (pacing `delay`). */
  delayMs: number;
  /** Rate for the two rate pacings (characters or tokens per second). */
  rate: number;
  /** Speed multiplier: 2 = twice as fast. */
  timeFactor: number;
  /** Time to first byte, in ms. */
  initialDelayMs: number;
  chunking: 'event' | 'random' | 'fixed';
  /** Largest random chunk / fixed chunk size, in bytes. */
  chunkBytes: number;
  seed: number;
  fault: StoryFault;
  /** Event index where the fault applies (stall, abort, provider-error, truncate, split-utf8). */
  faultAtEvent: number;
  /** Stall length in ms (fault `stall`) / events per burst (fault `buffering`). */
  faultAmount: number;
  /** Start paused: use the panel's Step / Seek buttons. */
  startPaused: boolean;
}

/** Defaults: 30 ms per event, as recorded chunking, no fault. */
export const defaultReplayArgs: ReplayArgs = {
  pacing: 'delay',
  delayMs: 30,
  rate: 400,
  timeFactor: 1,
  initialDelayMs: 300,
  chunking: 'event',
  chunkBytes: 24,
  seed: 1,
  fault: 'none',
  faultAtEvent: 12,
  faultAmount: 1500,
  startPaused: false,
};

/** Controls for {@link ReplayArgs}, grouped under "Replay". */
export const replayArgTypes: Partial<ArgTypes<ReplayArgs>> = {
  pacing: {
    control: 'inline-radio',
    options: ['delay', 'characters-per-second', 'tokens-per-second'],
    table: { category: 'Replay: speed' },
  },
  delayMs: { control: { type: 'range', min: 0, max: 300, step: 5 }, table: { category: 'Replay: speed' } },
  rate: { control: { type: 'number', min: 1 }, table: { category: 'Replay: speed' } },
  timeFactor: { control: { type: 'range', min: 0.25, max: 8, step: 0.25 }, table: { category: 'Replay: speed' } },
  initialDelayMs: { control: { type: 'range', min: 0, max: 3000, step: 50 }, table: { category: 'Replay: speed' } },
  chunking: { control: 'inline-radio', options: ['event', 'random', 'fixed'], table: { category: 'Replay: chunking' } },
  chunkBytes: { control: { type: 'number', min: 1 }, table: { category: 'Replay: chunking' } },
  seed: { control: { type: 'number' }, table: { category: 'Replay: chunking' } },
  fault: {
    control: 'select',
    options: ['none', 'stall', 'abort', 'provider-error', 'truncate', 'buffering', 'split-utf8'],
    table: { category: 'Replay: faults' },
  },
  faultAtEvent: { control: { type: 'number', min: 0 }, table: { category: 'Replay: faults' } },
  faultAmount: { control: { type: 'number', min: 1 }, table: { category: 'Replay: faults' } },
  startPaused: { control: 'boolean', table: { category: 'Replay: speed' } },
};

/** The fault described by the args, if any. */
export function faultOf(args: ReplayArgs): ReplayFault | undefined {
  const atEvent = args.faultAtEvent;
  switch (args.fault) {
    case 'none':
      return undefined;
    case 'stall':
      return { kind: 'stall', atEvent, durationMs: args.faultAmount };
    case 'abort':
      return { kind: 'abort', atEvent };
    case 'provider-error':
      return { kind: 'provider-error', atEvent, message: 'Injected provider error (replay fault)' };
    case 'truncate':
      return { kind: 'truncate', atEvent };
    case 'buffering':
      return { kind: 'buffering', everyEvents: Math.max(1, Math.round(args.faultAmount)) };
    case 'split-utf8':
      return { kind: 'split-utf8', atEvent };
    default: {
      const unreachable: never = args.fault;
      return unreachable;
    }
  }
}

/** Replay options from story args. */
export function toReplayOptions(args: ReplayArgs): ReplayOptions {
  const fault = faultOf(args);
  const options: ReplayOptions = {
    timeFactor: args.timeFactor > 0 ? args.timeFactor : 1,
    initialDelayMs: args.initialDelayMs,
    seed: args.seed,
    paused: args.startPaused,
    faults: fault ? [fault] : [],
  };
  if (args.pacing === 'delay') options.delayMs = args.delayMs;
  else if (args.pacing === 'characters-per-second') options.charactersPerSecond = Math.max(1, args.rate);
  else options.tokensPerSecond = Math.max(1, args.rate);
  if (args.chunking === 'random') {
    options.chunking = 'random';
    options.maxChunkBytes = Math.max(1, Math.round(args.chunkBytes));
  } else if (args.chunking === 'fixed') {
    options.chunking = Math.max(1, Math.round(args.chunkBytes));
  }
  return options;
}
