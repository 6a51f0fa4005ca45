import { defineBuiltInDialect } from './built-in-dialect.js';
import type { ProviderDialect } from './dialect.js';
import { contentPartId, createPartTracker } from './dialect-helpers.js';
import type { PartInfo, ProviderEvent } from './types.js';

/**
 * Raw JSON text, no provider envelope: with SSE framing each event's `data` is a chunk of the
 * text (`data: [DONE]` → `end`); with no framing (a plain `text/plain` or `application/json`
 * body) each chunk of the body is a chunk of the text and the clean end of the body is the
 * `end` (a plain body has no other end marker). Everything goes to part `content`.
 */
export const textDialect: ProviderDialect = /* @__PURE__ */ defineBuiltInDialect({
  name: 'text',
  framing: ['sse', 'text'],
  createDecoder(context) {
    const parts = createPartTracker();
    const content: PartInfo = { id: contentPartId(0), kind: 'content', choice: 0 };
    let ended = false;
    return {
      push(event) {
        const out: ProviderEvent[] = [];
        if (context.framing === 'sse' && event.data.trim() === '[DONE]') {
          parts.closeAll(out);
          out.push({ type: 'end' });
          ended = true;
          return out;
        }
        parts.delta(content, event.data, out);
        return out;
      },
      end() {
        const out: ProviderEvent[] = [];
        parts.closeAll(out);
        if (context.framing === 'text' && !ended) out.push({ type: 'end' });
        return out;
      },
    };
  },
});
