import { forwardRef, type HTMLAttributes } from 'react';
import { classNames } from './status.js';

/** Props of {@link StreamingCaret}. */
export type StreamingCaretProps = Omit<HTMLAttributes<HTMLSpanElement>, 'children'>;

/**
 * The blinking caret shown after text that is still arriving. Decorative (`aria-hidden`); the
 * blink is a CSS animation, steady under `prefers-reduced-motion`.
 */
export const StreamingCaret = forwardRef<HTMLSpanElement, StreamingCaretProps>(function StreamingCaret(
  { className, ...rest },
  ref,
) {
  return <span {...rest} ref={ref} aria-hidden="true" className={classNames('ripen-caret', className)} />;
});
