import type { RendererCopy } from '../common/messages.js';
import { RENDERER_CHINESE } from '../common/messages-chinese.js';
import { RENDERER_ENGLISH } from '../common/messages-english.js';
import { useCopy } from '../common/messages-provider.js';

/** Why a node fell back. */
export type FallbackReason = 'unknown-type' | 'invalid-props' | 'not-an-object' | 'depth-limit' | 'render-error';

/** What a custom fallback receives. */
export interface FallbackInfo {
  reason: FallbackReason;
  /** The node's `type`, when it is a string (plain data: show as text only). */
  type?: string;
  /** Validation issues for `invalid-props`. */
  issues?: readonly { message: string }[];
}

const MESSAGE_KEYS: Record<FallbackReason, keyof RendererCopy> = {
  'unknown-type': 'unknownType',
  'invalid-props': 'invalidProps',
  'not-an-object': 'notAnObject',
  'depth-limit': 'depthLimit',
  'render-error': 'renderError',
};

/** The neutral fallback box (`data-state="invalid"`, `data-reason`), text only, in the view's language. */
export function RendererFallback({ info }: { info: FallbackInfo }) {
  const messages = useCopy(RENDERER_ENGLISH, RENDERER_CHINESE);
  return (
    <div className="ripen-fallback" data-state="invalid" data-reason={info.reason}>
      {messages[MESSAGE_KEYS[info.reason]] as string}
    </div>
  );
}
