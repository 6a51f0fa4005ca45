import { memo, useEffect, useState, type ReactNode } from 'react';
import type { FieldStatus } from '../../core/json/types.js';
import type { FieldStatusReader, StreamStatus } from '../../core/stream/types.js';
import { isRecord, readOwn, type JsonRecord } from '../common/json-shape.js';
import { Skeleton } from '../common/skeleton.js';
import { childPointer, childSlot, readChildStatus, resolveState } from '../common/status.js';
import {
  lookupEntry,
  type AnyCatalogEntry,
  type Catalog,
  type CatalogRenderArgs,
  type RendererContext,
} from './catalog.js';
import { Boundary } from '../common/view-boundary.js';
import type { FallbackInfo } from './renderer-fallback.js';
import { validateProps } from './validate-props.js';

/** Props of {@link RendererNode}. */
export interface RendererNodeProps {
  node: unknown;
  field: FieldStatus;
  status: StreamStatus;
  fieldStatus: FieldStatusReader | undefined;
  pointer: string;
  catalog: Catalog;
  context: RendererContext;
  depth: number;
  maxDepth: number;
  fallback: (info: FallbackInfo) => ReactNode;
}

const RESERVED = new Set(['type', 'component', 'children', 'key', 'id']);
const inlineCache = new WeakMap<JsonRecord, JsonRecord>();

/** Props of a node: its `props` object, or (inline form) its other keys, cached per node. */
function readProps(node: JsonRecord): { props: JsonRecord; key: string | undefined } {
  const own = readOwn(node, 'props');
  if (isRecord(own)) return { props: own, key: 'props' };
  let inline = inlineCache.get(node);
  if (!inline) {
    inline = Object.create(null) as JsonRecord;
    for (const key of Object.keys(node)) if (!RESERVED.has(key)) inline[key] = node[key];
    inlineCache.set(node, inline);
  }
  return { props: inline, key: undefined };
}

/**
 * One spec node: waits for its `type` to be complete, looks it up in the catalog (allowlist),
 * renders it with partial props while streaming and with validated props once complete; unknown
 * types, invalid props, non-objects, too-deep nesting and render errors give the fallback.
 */
export const RendererNode = memo(function RendererNode(props: RendererNodeProps) {
  const { node, field, status, fieldStatus, pointer, catalog, context, depth, maxDepth, fallback } = props;
  const [, setTick] = useState(0);
  const record = isRecord(node) ? node : undefined;
  const typeKey =
    record && readOwn(record, 'type') === undefined && typeof readOwn(record, 'component') === 'string'
      ? 'component'
      : 'type';
  const type = record ? readOwn(record, typeKey) : undefined;
  const keys = record ? Object.keys(record) : [];
  const typeField = record
    ? readChildStatus(field, type, keys[keys.length - 1] === typeKey, fieldStatus, childPointer(pointer, typeKey))
    : 'absent';
  const entry = typeof type === 'string' && typeField === 'complete' ? lookupEntry(catalog, type) : undefined;
  const nodeProps = record && entry ? readProps(record) : undefined;
  const validation = entry && field === 'complete' && nodeProps ? validateProps(entry, nodeProps.props) : undefined;
  const pending = validation?.kind === 'pending' ? validation.promise : undefined;
  useEffect(() => {
    if (!pending) return undefined;
    let live = true;
    void pending.then(() => live && setTick((tick) => tick + 1));
    return () => {
      live = false;
    };
  }, [pending]);

  if (depth > maxDepth) return <>{fallback({ reason: 'depth-limit' })}</>;
  if (node === undefined) return <Skeleton shape="block" height="3em" className="ripen-renderer-skeleton" />;
  if (
    !record ||
    (type !== undefined && typeof type !== 'string') ||
    (field === 'complete' && typeof type !== 'string')
  ) {
    return <>{fallback({ reason: 'not-an-object' })}</>;
  }
  if (typeField !== 'complete') return <Skeleton shape="block" height="3em" className="ripen-renderer-skeleton" />;
  if (!entry || !nodeProps) return <>{fallback({ reason: 'unknown-type', type: type as string })}</>;
  if (validation?.kind === 'invalid')
    return <>{fallback({ reason: 'invalid-props', type: type as string, issues: validation.issues })}</>;
  if (validation?.kind === 'pending')
    return <Skeleton shape="block" height="3em" className="ripen-renderer-skeleton" />;

  const rawChildren = readOwn(record, 'children');
  const childrenPointer = childPointer(pointer, 'children');
  const childrenField = Array.isArray(rawChildren)
    ? readChildStatus(field, rawChildren, keys[keys.length - 1] === 'children', fieldStatus, childrenPointer)
    : 'absent';
  const children =
    entry.children && Array.isArray(rawChildren)
      ? rawChildren.map((child, index) => {
          const last = index === rawChildren.length - 1;
          const { value, ...slot } = childSlot(childrenField, child, index, last, status, fieldStatus, childrenPointer);
          return <RendererNode key={index} {...props} node={value} {...slot} depth={depth + 1} />;
        })
      : null;
  const settled = field === 'complete';
  const base = {
    state: resolveState(field, status, node),
    status: settled ? ('complete' as const) : status,
    fieldStatus: settled ? undefined : fieldStatus,
    pointer: nodeProps.key === undefined ? pointer : childPointer(pointer, nodeProps.key),
    children,
    context,
  };
  const args: CatalogRenderArgs<unknown> =
    validation?.kind === 'valid'
      ? { ...base, validated: true, props: validation.value }
      : { ...base, validated: false, props: nodeProps.props };
  return (
    // A throwing entry falls back alone (the rest of the spec still renders); new data retries it.
    <Boundary resetKey={node} note={() => fallback({ reason: 'render-error' })} keepLast={false}>
      <EntryView entry={entry} args={args} />
    </Boundary>
  );
});

/** Calls the entry's render inside the error boundary (a throw there is caught). */
function EntryView({ entry, args }: { entry: AnyCatalogEntry; args: CatalogRenderArgs<unknown> }) {
  return <>{entry.render(args)}</>;
}
