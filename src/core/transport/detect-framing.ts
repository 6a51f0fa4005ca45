import type { ProviderDialect } from '../providers/dialect.js';
import { sniffFraming } from '../sse/create-frame-decoder.js';
import type { Framing } from '../sse/create-frame-decoder.js';

// Loaded on demand by readProviderEvents when the framing is not known to be SSE (detection, or a
// dialect that reads JSON arrays, lines or plain text): a stream from an SSE-only dialect never
// loads the sniffing nor the other framings' splitters.
export { createFrameDecoder } from '../sse/create-frame-decoder.js';

/**
 * The framing of a body: the dialect's only framing, or the sniffed one (`sniffFraming`) when
 * it is allowed (else the dialect's last allowed framing). `undefined` while more text is needed.
 */
export function chooseFraming(
  dialect: ProviderDialect | undefined,
  prefix: string,
  contentType: string | undefined,
  final: boolean,
): Framing | undefined {
  const allowed: readonly Framing[] | undefined =
    dialect === undefined
      ? undefined
      : typeof dialect.framing === 'string'
        ? [dialect.framing]
        : (dialect.framing ?? ['sse']);
  if (allowed && allowed.length === 1) return allowed[0];
  const sniffed = sniffFraming(prefix, contentType, final);
  if (sniffed === undefined || !allowed) return sniffed;
  return allowed.includes(sniffed) ? sniffed : allowed[allowed.length - 1];
}
