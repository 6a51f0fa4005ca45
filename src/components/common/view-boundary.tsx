import { Component, type ReactNode } from 'react';

/** Where a caught render error happened. */
export interface ViewErrorInfo {
  /** The ripen view whose render threw (`Card`, `Table`, …). */
  component: string;
  /** Pointer of the view's value in the document. */
  pointer: string;
}

/** Receives errors thrown while rendering a view; the host's tree is never unmounted by them. */
export type ViewErrorHandler = (error: unknown, info: ViewErrorInfo) => void;

interface BoundaryProps {
  children: ReactNode;
  /** Changes when the view gets new data: a failed view tries again. */
  resetKey: unknown;
  /** Shown when nothing good was rendered before (a function is called only then). */
  note: ReactNode | (() => ReactNode);
  info?: ViewErrorInfo;
  onError?: ViewErrorHandler | undefined;
  /** Keep the last good render on failure (inner boundary) or show the note (outer one). */
  keepLast: boolean;
}

interface BoundaryState {
  failed: boolean;
  resetKey: unknown;
}

function report(props: BoundaryProps, error: unknown): void {
  try {
    props.onError?.(error, props.info!);
  } catch {
    // A throwing handler must not turn a contained error into a crash.
  }
}

/** One error boundary (also the Renderer's per-node one): the note, or the last good render, on failure. */
export class Boundary extends Component<BoundaryProps, BoundaryState> {
  /** The children of the last commit that rendered without throwing. */
  private lastGood: ReactNode = null;

  override state: BoundaryState = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<BoundaryState> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    if (Object.is(props.resetKey, state.resetKey)) return null;
    return { failed: false, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown): void {
    report(this.props, error);
  }

  override componentDidMount(): void {
    if (!this.state.failed) this.lastGood = this.props.children;
  }

  override componentDidUpdate(): void {
    if (!this.state.failed) this.lastGood = this.props.children;
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const { keepLast, note } = this.props;
    return keepLast && this.lastGood !== null ? this.lastGood : typeof note === 'function' ? note() : note;
  }
}

/** Props of {@link ViewBoundary}. */
export interface ViewBoundaryProps {
  children: ReactNode;
  resetKey: unknown;
  note: ReactNode;
  info: ViewErrorInfo;
  onError: ViewErrorHandler | undefined;
}

/**
 * Contains a view's render errors: the inner boundary keeps the last good render (re-rendering
 * its earlier props); if that throws too, the outer one shows the neutral `note`. Errors go to
 * `onError`; new data (`resetKey`) retries. An exception never reaches the host's tree.
 */
export function ViewBoundary({ children, resetKey, note, info, onError }: ViewBoundaryProps) {
  return (
    <Boundary resetKey={resetKey} note={note} info={info} onError={undefined} keepLast={false}>
      <Boundary resetKey={resetKey} note={note} info={info} onError={onError} keepLast>
        {children}
      </Boundary>
    </Boundary>
  );
}
