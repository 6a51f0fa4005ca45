import { createContext, useContext, useMemo, type ComponentType, type ReactNode } from 'react';
import type { FieldStatusReader, StreamStatus } from '../../core/stream/types.js';
import type { SchemaSkeleton } from '../../core/schema/schema-skeleton.js';
import { formatScalar, humanizeKey, isRecord, isScalar } from './json-shape.js';
import { VIEW_CHINESE } from './messages-chinese.js';
import { VIEW_ENGLISH } from './messages-english.js';
import type { ViewCopy } from './messages.js';
import { useCopy } from './messages-provider.js';
import { childPointer, readFieldStatus } from './status.js';

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
 * a provider a nested value is drawn plainly (see {@link PlainNestedView}).
 */
export function NestedViewProvider(props: {
  render: ComponentType<NestedViewProps>;
  value: unknown;
  children: ReactNode;
}) {
  const { render, value, children } = props;
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
      ancestors: object ? [...frame.ancestors, object] : frame.ancestors,
    }),
    [frame, object],
  );
  if (object && frame.ancestors.includes(object))
    return (
      <span className="ripen-collapsed" data-reason="circular">
        {messages.circular(pointer)}
      </span>
    );
  if (object && frame.depth >= MAX_NESTED_DEPTH)
    return (
      <span className="ripen-collapsed" data-reason="depth-limit">
        {messages.collapsed(pointer, Object.keys(object).length)}
      </span>
    );
  const Render = frame.render;
  return (
    <NestedContext.Provider value={next}>
      {Render ? <Render {...props} /> : <PlainNestedView {...props} copy={messages} />}
    </NestedContext.Provider>
  );
}

/**
 * A nested value where no AutoView provides the view (a standalone Card, Table, List or
 * KeyValue): scalars and arrays of scalars as text ("a, b, c"); objects as label/value rows and
 * arrays of objects as numbered items, each entry again through {@link NestedView} (same depth
 * cap and cycle check). Dates are formatted once complete.
 */
function PlainNestedView({ value, status, fieldStatus, pointer, locale, copy }: NestedViewProps & { copy: ViewCopy }) {
  const list = Array.isArray(value);
  if (!isRecord(value) && !(list && !value.every(isScalar)))
    return (
      <>
        {formatScalar(
          value,
          copy,
          locale,
          undefined,
          readFieldStatus(value, status, fieldStatus, pointer) === 'complete',
        )}
      </>
    );
  const entries = Object.entries(value);
  const entry = ([key, item]: [string, unknown]) => (
    <NestedView
      value={item}
      status={status}
      fieldStatus={fieldStatus}
      pointer={childPointer(pointer, key)}
      locale={locale}
    />
  );
  return list ? (
    <ol className="ripen-list-items ripen-nested">
      {entries.map((one) => (
        <li key={one[0]} className="ripen-list-item">
          {entry(one)}
        </li>
      ))}
    </ol>
  ) : (
    <dl className="ripen-kv-list ripen-nested">
      {entries.map((one) => (
        <div key={one[0]} className="ripen-kv-row">
          <dt className="ripen-kv-key">{humanizeKey(one[0])}</dt>
          <dd className="ripen-kv-value">{entry(one)}</dd>
        </div>
      ))}
    </dl>
  );
}
