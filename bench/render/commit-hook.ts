// Counts React commits in the production build, where `<Profiler onRender>` is inert: a minimal
// `__REACT_DEVTOOLS_GLOBAL_HOOK__` (the interface React DevTools uses; react-dom calls its
// `onCommitFiberRoot` once per commit in every build). Import this module before react-dom.
// The profiling build of react-dom is not used because React 19's profiling build also logs every
// component render to the Performance panel, which costs more than the work being measured.

type CommitListener = () => void;
let listener: CommitListener | undefined;

/** Sets the function called after each React commit (replacing the previous one). */
export function onReactCommit(next: CommitListener): void {
  listener = next;
}

(globalThis as Record<string, unknown>).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
  renderers: new Map(),
  supportsFiber: true,
  isDisabled: false,
  inject: () => 1,
  onCommitFiberRoot: () => listener?.(),
  onCommitFiberUnmount: () => {},
  onPostCommitFiberRoot: () => {},
  onScheduleFiberRoot: () => {},
  checkDCE: () => {},
};
