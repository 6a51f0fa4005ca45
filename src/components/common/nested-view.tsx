import { createContext, useContext, useMemo, type ComponentType, type ReactNode } from 'react';
import type { FieldStatusReader, StreamStatus } from '../../core/stream/types.js';
import type { SchemaSkeleton } from '../../core/schema/schema-skeleton.js';
import { isRecord, scalarText } from './json-shape.js';
import { VIEW_CHINESE } from './messages-chinese.js';
import { VIEW_ENGLISH } from './messages-english.js';
import { useCopy } from './messages-provider.js';

/** Nested views deeper than this many levels are shown collapsed (the Renderer's spec cap too). */
export const MAX_NESTED_DEPTH = 24;

/** What a nested value (card section, list item, key/value row, table cell) is rendered with. */
export interface NestedViewProps {
  value: unknown;
  status: StreamStatus;
  fieldStatus: FieldStatusReader | undefined;
  pointer: string;
  locale?: string | undefined;
  /** Heading level for a nested card's title. */
  headingLevel?: 3 | 4 | 5 | undefined;
  skeleton?: SchemaSkeleton | undefined;
}

interface NestedFrame {
  render: ComponentType<NestedViewProps> | undefined;
  depth: number;
  /** Objects being rendered above this point (a host value that contains itself is detected). */
  ancestors: readonly object[];
}

const NestedContext = createContext<NestedFrame>({ render: undefined, depth: 0, ancestors: [] });

/**
 * Makes `render` the view for nested objects and arrays below (AutoView provides itself), and
 * records `value` as an ancestor for cycle detection. Components never import AutoView: without
 * a provider a nested value is shown as a one-line summary.
 */
export function NestedViewProvider({
  render,
  value,
  children,
}: {
  render: ComponentType<NestedViewProps>;
  value: unknown;
  children: ReactNode;
}) {
  const parent = useContext(NestedContext);
  const frame = useMemo(
    () => ({
      render,
      depth: parent.depth,
      ancestors: typeof value === 'object' && value !== null ? [...parent.ancestors, value] : parent.ancestors,
    }),
    [render, parent, value],
  );
  return <NestedContext.Provider value={frame}>{children}</NestedContext.Provider>;
}

/** Number of entries of an object or array (own keys), 0 for anything else. */
function entryCount(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  return isRecord(value) ? Object.keys(value).length : 0;
}

/**
 * A nested object or array, through the provided view. Beyond {@link MAX_NESTED_DEPTH} levels, or
 * when the value is one of its own ancestors, a compact collapsed line (its pointer and entry
 * count) stands in: nothing below it is rendered, so no value can recurse without bound.
 */
export function NestedView(props: NestedViewProps) {
  const frame = useContext(NestedContext);
  const messages = useCopy(VIEW_ENGLISH, VIEW_CHINESE);
  const { value, pointer } = props;
  const object = typeof value === 'object' && value !== null ? value : undefined;
  const next = useMemo(
    () => ({
      render: frame.render,
      depth: frame.depth + 1,
      ancestors: frame.ancestors,
    }),
    [frame],
  );
  if (object && frame.ancestors.includes(object))
    return (
      <span className="ripen-collapsed" data-reason="circular">
        {messages.circular(pointer)}
      </span>
    );
  if (frame.depth >= MAX_NESTED_DEPTH)
    return (
      <span className="ripen-collapsed" data-reason="depth-limit">
        {messages.collapsed(pointer, entryCount(value))}
      </span>
    );
  const Render = frame.render;
  if (!Render) return <>{scalarText(value, String, messages)}</>;
  return (
    <NestedContext.Provider value={next}>
      <Render {...props} />
    </NestedContext.Provider>
  );
}
