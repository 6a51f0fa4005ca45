/** The idle watch of one stream; see {@link createIdleTimer}. */
export interface IdleTimer {
  /** Starts watching (from now). */
  start(): void;
  /** Records activity (cheap: no timer is touched). */
  touch(): void;
  /** Stops watching and releases the timer. */
  stop(): void;
}

/**
 * Calls `onIdle` once `timeout` ms pass without `touch()`. One timer, re-armed lazily from the
 * time of the last activity when it fires early (so a record costs one `Date.now()`, not a timer
 * reset). `timeout: false` never fires.
 */
export function createIdleTimer(timeout: number | false, onIdle: () => void): IdleTimer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastActivity = 0;
  const arm = (delay: number): void => {
    if (timeout === false) return;
    timer = setTimeout(() => {
      timer = undefined;
      const quiet = Date.now() - lastActivity;
      if (quiet < timeout) return arm(timeout - quiet);
      onIdle();
    }, delay);
  };
  const stop = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return {
    start() {
      stop();
      lastActivity = Date.now();
      if (timeout !== false) arm(timeout);
    },
    touch() {
      lastActivity = Date.now();
    },
    stop,
  };
}
