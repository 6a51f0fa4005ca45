/** `ripen/providers/anthropic`: the Anthropic Messages dialect alone; pass it as `provider: anthropic`. */
export { anthropicDialect as anthropic, mapAnthropicStopReason } from '../anthropic.js';
