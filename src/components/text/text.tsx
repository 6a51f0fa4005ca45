import { useMemo } from 'react';
import { StreamingCaret } from '../common/caret.js';
import { formatScalar } from '../common/json-shape.js';
import { TEXT_CHINESE, VIEW_CHINESE } from '../common/messages-chinese.js';
import { TEXT_ENGLISH, VIEW_ENGLISH } from '../common/messages-english.js';
import { useCopy } from '../common/messages-provider.js';
import { Skeleton } from '../common/skeleton.js';
import type { StreamingProps } from '../common/status.js';
import { splitBlocks, wholeGraphemes } from '../common/graphemes.js';
import { defineView, useViewState, ViewShell, type ViewAttributes, type ViewProps } from '../common/view-shell.js';

/** Text longer than this (UTF-16 units) is drawn in blocks whose layout the browser skips off screen. */
const WINDOW_THRESHOLD = 50_000;
const BLOCK_SIZE = 8_192;

/** Props of {@link Text}. */
export interface TextProps extends StreamingProps, ViewProps, ViewAttributes<HTMLDivElement> {
  /** The (growing) text. Non-strings are shown as plain text too. Never parsed as HTML/Markdown. */
  value: unknown;
  /** Skeleton lines reserved before the first character. Default 3. */
  skeletonLines?: number;
  /** Announce completion in a polite live region. Default false (text is read in place). */
  announce?: boolean;
  /** BCP 47 locale for numbers, dates and grapheme segmentation. */
  locale?: string | undefined;
}

/**
 * Streaming plain text with a caret while it grows, by whole graphemes (an emoji or a combining
 * sequence never shows half-written). Newlines are kept (`white-space: pre-wrap`); markup in the
 * text is shown as typed, never interpreted. Very long texts (16 M characters) are drawn in blocks
 * with `content-visibility: auto`, so the first screen paints without laying out the rest.
 */
export const Text = defineView<TextProps, HTMLDivElement>('Text', function Text(props, ref) {
  const {
    value,
    status = 'complete',
    fieldStatus,
    pointer,
    skeletonDelay,
    skeletonLines = 3,
    announce = false,
    locale,
    className,
    ...rest
  } = props;
  const messages = useCopy(TEXT_ENGLISH, TEXT_CHINESE);
  const viewCopy = useCopy(VIEW_ENGLISH, VIEW_CHINESE);
  const { state, showShimmer } = useViewState(value, status, fieldStatus, pointer, skeletonDelay);
  const streaming = state === 'streaming';
  const full = typeof value === 'string' ? value : formatScalar(value, viewCopy, locale);
  const shown = streaming ? wholeGraphemes(full, locale) : full;
  const blocks = useMemo(() => (shown.length > WINDOW_THRESHOLD ? splitBlocks(shown, BLOCK_SIZE) : undefined), [shown]);
  return (
    <ViewShell
      {...rest}
      ref={ref}
      base="ripen-text"
      className={className}
      state={state}
      shimmer={showShimmer}
      announce={announce}
      message={messages.textLoaded}
    >
      {state === 'skeleton' ? (
        <div className="ripen-text-skeleton">
          {Array.from({ length: skeletonLines }, (_, index) => (
            <Skeleton key={index} width={index === skeletonLines - 1 ? '60%' : '100%'} />
          ))}
        </div>
      ) : (
        <p className="ripen-text-body">
          {blocks
            ? blocks.map((block, index) => (
                <span key={index} className="ripen-text-block">
                  {block}
                </span>
              ))
            : shown}
          {streaming ? <StreamingCaret /> : null}
        </p>
      )}
    </ViewShell>
  );
});
