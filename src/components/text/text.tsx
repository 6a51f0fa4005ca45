import { forwardRef, memo, type HTMLAttributes } from 'react';
import { StreamingCaret } from '../common/caret.js';
import { scalarText } from '../common/json-shape.js';
import { LiveAnnouncement } from '../common/live-announcement.js';
import { Skeleton, skeletonClass, useDelayElapsed } from '../common/skeleton.js';
import { StatusNote } from '../common/status-note.js';
import { classNames, stateAttributes, stateOf, type StreamingProps } from '../common/status.js';

/** Props of {@link Text}. */
export interface TextProps extends StreamingProps, Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** The (growing) text. Non-strings are shown as plain text too. Never parsed as HTML/Markdown. */
  value: unknown;
  /** Skeleton lines reserved before the first character. Default 3. */
  skeletonLines?: number;
  /** Announce completion in a polite live region. Default false (text is read in place). */
  announce?: boolean;
}

/**
 * Streaming plain text with a caret while it grows. Newlines are kept (`white-space: pre-wrap`);
 * markup in the text is shown as typed, never interpreted.
 */
export const Text = memo(
  forwardRef<HTMLDivElement, TextProps>(function Text(props, ref) {
    const {
      value,
      status = 'complete',
      fieldStatus,
      pointer = '',
      skeletonDelay,
      skeletonLines = 3,
      announce = false,
      className,
      ...rest
    } = props;
    const { state } = stateOf(value, status, fieldStatus, pointer);
    const showShimmer = useDelayElapsed(state === 'skeleton', skeletonDelay);
    return (
      <div {...rest} ref={ref} className={classNames('ripen-text', className)} {...stateAttributes(state)}>
        {state === 'skeleton' ? (
          <div className={classNames('ripen-text-skeleton', skeletonClass(showShimmer))}>
            {Array.from({ length: skeletonLines }, (_, index) => (
              <Skeleton key={index} width={index === skeletonLines - 1 ? '60%' : '100%'} />
            ))}
          </div>
        ) : (
          <p className="ripen-text-body">
            {scalarText(value)}
            {state === 'streaming' ? <StreamingCaret /> : null}
          </p>
        )}
        <StatusNote state={state} />
        <LiveAnnouncement state={state} message="Text loaded" enabled={announce} />
      </div>
    );
  }),
);
