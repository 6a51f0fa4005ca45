import { Component, type ErrorInfo, type ReactNode } from 'react';

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

const MESSAGES: Record<FallbackReason, string> = {
  'unknown-type': 'This part of the answer uses a component that is not available.',
  'invalid-props': 'This part of the answer could not be shown: its data is not valid.',
  'not-an-object': 'This part of the answer could not be read.',
  'depth-limit': 'This part of the answer is nested too deeply to show.',
  'render-error': 'This part of the answer could not be shown.',
};

/** The neutral fallback box (`data-state="invalid"`, `data-reason`), text only. */
export function RendererFallback({ info }: { info: FallbackInfo }) {
  return (
    <div className="ripen-fallback" data-state="invalid" data-reason={info.reason}>
      {MESSAGES[info.reason]}
    </div>
  );
}

interface BoundaryProps {
  children: ReactNode;
  fallback: (info: FallbackInfo) => ReactNode;
  onError?: ((error: unknown) => void) | undefined;
}

/** Catches a render error in one node so the rest of the spec still renders. */
export class RendererErrorBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, _info: ErrorInfo): void {
    this.props.onError?.(error);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback({ reason: 'render-error' }) : this.props.children;
  }
}
