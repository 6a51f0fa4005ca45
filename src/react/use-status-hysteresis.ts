import { useEffect, useRef, useState } from 'react';
import type { StreamStatus } from '../core/stream/types.js';

/** Options of {@link useStatusHysteresis}. */
export interface UseStatusHysteresisOptions {
  /** Wait this long (ms) before showing a skeleton / busy state, so fast results never flash one. Default 150 ms. */
  delay?: number;
  /** Once shown, keep a skeleton / busy state at least this long (ms) to avoid flicker. Default 400 ms. */
  minimumDuration?: number;
}

const isBusy = (status: StreamStatus): boolean => status === 'connecting' || status === 'streaming';

/**
 * Smooths a stream's status for display: a busy status (`connecting`, `streaming`) is reported as
 * `idle` until it has lasted `delay` ms, and once reported it stays at least `minimumDuration` ms
 * before an end status replaces it. Returns the status to display. Holds no timer once settled.
 */
export function useStatusHysteresis(status: StreamStatus, options: UseStatusHysteresisOptions = {}): StreamStatus {
  const delay = options.delay ?? 150;
  const minimumDuration = options.minimumDuration ?? 400;
  const [shown, setShown] = useState<StreamStatus>(isBusy(status) && delay > 0 ? 'idle' : status);
  const shownSince = useRef(0);

  useEffect(() => {
    if (status === shown) return undefined;
    let wait = 0;
    if (isBusy(status) && !isBusy(shown)) wait = delay;
    else if (!isBusy(status) && isBusy(shown)) wait = Math.max(0, shownSince.current + minimumDuration - Date.now());
    const apply = (): void => {
      shownSince.current = Date.now();
      setShown(status);
    };
    if (wait <= 0) {
      apply();
      return undefined;
    }
    const timer = setTimeout(apply, wait);
    return () => clearTimeout(timer);
  }, [status, shown, delay, minimumDuration]);

  return shown;
}
