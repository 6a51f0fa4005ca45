import { useCallback, type ReactNode } from 'react';
import { RENDERER_CHINESE } from '../common/messages-chinese.js';
import { RENDERER_ENGLISH } from '../common/messages-english.js';
import { useCopy } from '../common/messages-provider.js';
import { useDelayElapsed } from '../common/skeleton.js';
import { stateOf, type StreamingProps } from '../common/status.js';
import { defineView, ViewShell, type ViewAttributes, type ViewProps } from '../common/view-shell.js';
import type { Catalog, RendererContext } from './catalog.js';
import { RendererFallback, type FallbackInfo } from './renderer-fallback.js';
import { RendererNode } from './renderer-node.js';

/** Props of {@link Renderer}. */
export interface RendererProps extends StreamingProps, ViewProps, ViewAttributes<HTMLDivElement> {
  /** The (partial) UI spec: `{ type, props?, children? }` (props may also sit inline on the node). */
  spec: unknown;
  /** The allowlist of component types (see `createDefaultCatalog`). */
  catalog: Catalog;
  /** Host settings for entries (action handler, images, URL protocols, locale). */
  context?: RendererContext;
  /** Custom neutral fallback; default: a short text box. Never render model text as HTML here. */
  fallback?: (info: FallbackInfo) => ReactNode;
  /** Nesting limit; deeper nodes fall back. Default 24. */
  maxDepth?: number;
  /** Announce completion in a polite live region. Default true. */
  announce?: boolean;
}

const EMPTY_CONTEXT: RendererContext = {};
const defaultFallback = (info: FallbackInfo) => <RendererFallback info={info} />;

/**
 * Renders a model-written UI spec only through catalog components. A node's props are validated
 * with its entry's Standard Schema once the node is complete; model props never reach the DOM
 * directly, and unknown types, invalid props or a throwing component render a neutral fallback.
 */
export const Renderer = defineView<RendererProps, HTMLDivElement>('Renderer', function Renderer(props, ref) {
  const {
    spec,
    catalog,
    context = EMPTY_CONTEXT,
    fallback,
    maxDepth = 24,
    status = 'complete',
    fieldStatus,
    pointer = '',
    announce = true,
    skeletonDelay,
    className,
    ...rest
  } = props;
  const { field, state } = stateOf(spec, status, fieldStatus, pointer);
  const showShimmer = useDelayElapsed(state === 'skeleton' || state === 'streaming', skeletonDelay);
  const messages = useCopy(RENDERER_ENGLISH, RENDERER_CHINESE);
  const renderFallback = useCallback((info: FallbackInfo) => (fallback ?? defaultFallback)(info), [fallback]);
  return (
    <ViewShell
      {...rest}
      ref={ref}
      base="ripen-renderer"
      className={className}
      state={state}
      shimmer={showShimmer}
      announce={announce}
      message={messages.contentLoaded}
    >
      <RendererNode
        node={spec}
        field={field}
        status={field === 'complete' ? 'complete' : status}
        fieldStatus={field === 'complete' ? undefined : fieldStatus}
        pointer={pointer}
        catalog={catalog}
        context={context}
        depth={0}
        maxDepth={maxDepth}
        fallback={renderFallback}
      />
    </ViewShell>
  );
});
