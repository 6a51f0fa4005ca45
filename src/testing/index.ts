/**
 * `ripen/testing`: replay recorded LLM streams (SSE transcripts, NDJSON, streamed JSON arrays)
 * with controllable speed, chunking and faults, and a mock provider writing any value in every
 * dialect ripen reads, for stories, tests and demo apps.
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
export { createMockProvider } from './create-mock-provider.js';
export { MOCK_DIALECTS } from './check-mock-options.js';
export { MOCK_DIALECT_PROVIDER } from './plan-mock-turn.js';
export {
  DEFAULT_MOCK_TIME_TO_FIRST_TOKEN_MS,
  DEFAULT_MOCK_TOKENS_PER_SECOND,
  MEASURED_TIME_TO_FIRST_TOKEN_MS_RANGE,
  MEASURED_TOKENS_PER_SECOND_RANGE,
} from './mock-pacing.js';
export type {
  MockDialect,
  MockToolCall,
  MockFault,
  MockTokensPerEvent,
  MockTokenizer,
  MockProviderOptions,
  MockEvent,
  MockProvider,
  MockNodeRequest,
  MockNodeResponse,
} from './mock-provider-types.js';
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
