import { defineBuiltInDialect } from './built-in-dialect.js';
import type { ProviderDialect } from './dialect.js';
import { contentPartId, createPartTracker } from './dialect-helpers.js';
import type { PartInfo, ProviderEvent } from './types.js';

/**
 * Newline-delimited JSON (`application/x-ndjson`, JSON Lines): one complete JSON value per line.
 * The lines become one growing JSON **array** in part `content` (`[` + line + `,` + line … `]`),
 * so rows render as they arrive; the clean end of the body closes the array, emits `finish`
 * `stop` and `end`. A body cut inside a line is reported as `sse-truncated` by the pipeline
 * (the array then stays open, which the consumer sees as truncated).
 */
export const ndjsonDialect: ProviderDialect = /* @__PURE__ */ defineBuiltInDialect({
  name: 'ndjson',
  framing: 'lines',
  createDecoder() {
    const parts = createPartTracker();
    const content: PartInfo = { id: contentPartId(0), kind: 'content', choice: 0 };
    let count = 0;
    return {
      push(event) {
        const out: ProviderEvent[] = [];
        const line = event.data.trim();
        if (line.length === 0) return out;
        parts.delta(content, (count === 0 ? '[' : ',') + line, out);
        count++;
        return out;
      },
      end() {
        const out: ProviderEvent[] = [];
        parts.delta(content, count === 0 ? '[]' : ']', out);
        parts.closeAll(out);
        out.push({ type: 'finish', reason: 'stop', choice: 0 }, { type: 'end' });
        return out;
      },
    };
  },
});
