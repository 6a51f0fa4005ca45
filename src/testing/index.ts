/**
 * `ripen/testing`: replay recorded LLM streams (SSE transcripts, NDJSON, streamed JSON arrays)
 * with controllable speed, chunking and faults, for stories, tests and demo apps.
 */
export { createReplayStream, DEFAULT_REPLAY_DELAY_MS } from './create-replay-stream.js';
export { createReplayResponse, createReplayFetch } from './create-replay-response.js';
export type { ReplayResponse, ReplayResponseOptions, ReplayFetch } from './create-replay-response.js';
export { splitTranscript, detectTranscriptFormat } from './split-transcript.js';
export {
  detectReplayDialect,
  createProviderErrorText,
  countPayloadCharacters,
  isEndMarkerEvent,
} from './replay-dialect.js';
export { createSeededRandom } from './create-seeded-random.js';
export type {
  TranscriptFormat,
  ReplayDialect,
  ReplayChunking,
  ReplayFault,
  ReplayTimers,
  ReplayOptions,
  ReplayStatus,
  ReplayEventInfo,
  ReplayState,
  ReplayController,
  ReplayStream,
} from './replay-types.js';
