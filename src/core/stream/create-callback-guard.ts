import { RipenError, messageOf } from '../errors/ripen-error.js';

/** Calls user callbacks so that a throw never escapes; see {@link createCallbackGuard}. */
export interface CallbackGuard {
  /** Reports that callback `name` threw `cause` (once per name). */
  failed(name: string, cause: unknown): void;
  /** Calls `onError` with `error`; a throw inside it is reported (and logged) once. */
  callOnError(error: RipenError): void;
}

/**
 * The guard of one stream's user callbacks: the first throw of each callback (`onFieldComplete`,
 * a subscriber, `onFinish`, `onError`) becomes a `callback-error` (message `The <name> callback
 * threw: <message>`, the original in `cause`), logged once with `console.error` and passed to
 * `onError` (unless `onError` itself threw); later throws of the same callback are dropped.
 */
export function createCallbackGuard(onError: ((error: RipenError) => void) | undefined): CallbackGuard {
  const failedNames = new Set<string>();
  const guard: CallbackGuard = {
    failed(name, cause) {
      if (failedNames.has(name)) return;
      failedNames.add(name);
      const error = new RipenError('callback-error', `The ${name} callback threw: ${messageOf(cause)}`, { cause });
      console.error(error);
      if (name !== 'onError') guard.callOnError(error);
    },
    callOnError(error) {
      if (!onError) return;
      try {
        onError(error);
      } catch (cause) {
        guard.failed('onError', cause);
      }
    },
  };
  return guard;
}
