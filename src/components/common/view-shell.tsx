import {
  forwardRef,
  memo,
  useEffect,
  useMemo,
  type ForwardRefExoticComponent,
  type ForwardRefRenderFunction,
  type MemoExoticComponent,
  type HTMLAttributes,
  type PropsWithoutRef,
  type ReactNode,
  type Ref,
  type RefAttributes,
} from 'react';
import type { FieldStatusReader, StreamStatus } from '../../core/stream/types.js';
import { warnOnce } from './dev-warning.js';
import { warmNumberFormat } from './warm-number-format.js';
import { LiveAnnouncement } from './live-announcement.js';
import { sameViewProps } from './same-view-props.js';
import type { Messages } from './messages.js';
import { VIEW_CHINESE } from './messages-chinese.js';
import { VIEW_ENGLISH } from './messages-english.js';
import { copyIn, MessagesContext, useMessagesContext, useResolvedMessages } from './messages-provider.js';
import { skeletonClass, useDelayElapsed } from './skeleton.js';
import { StatusNote } from './status-note.js';
import { classNames, stateAttributes, stateOf, type ComponentState } from './status.js';
import { ViewBoundary, type ViewErrorHandler } from './view-boundary.js';

/** HTML attributes a view passes to its root (`children` and the DOM `onError` excluded). */
export type ViewAttributes<E> = Omit<HTMLAttributes<E>, 'children' | 'onError'>;

/** Props every ripen view accepts besides its data. */
export interface ViewProps {
  /** Called with an error thrown while rendering the view; the view keeps its last good render. */
  onError?: ViewErrorHandler;
  /** Copy overrides for this view (keys of {@link Messages}); see also `MessagesProvider`. */
  messages?: Partial<Messages>;
}

type DataProps = { value?: unknown; spec?: unknown; pointer?: string; locale?: string };

/**
 * Wraps a view's render function: `forwardRef` + `memo`, the copy and locale from the props or the
 * nearest `MessagesProvider`, and an error boundary that keeps the last good render (see
 * `ViewBoundary`) and reports to `onError`. Every public view is made with it.
 */
export function defineView<P extends object, E extends Element>(name: string, render: ForwardRefRenderFunction<E, P>) {
  // biome-ignore lint/correctness/noComponentHookFactories: called once per view at module load (not during render).
  const Inner = forwardRef(render as ForwardRefRenderFunction<E, PropsWithoutRef<P>>);
  Inner.displayName = `${name}View`;
  // biome-ignore lint/correctness/noComponentHookFactories: called once per view at module load (not during render).
  const View = forwardRef<E, P & ViewProps>(function View(props, ref) {
    const { onError, messages, ...rest } = props as P & ViewProps & DataProps;
    const context = useResolvedMessages(useMessagesContext(), rest.locale, messages);
    const info = useMemo(() => ({ component: name, pointer: rest.pointer ?? '' }), [rest.pointer]);
    const inner = { ...rest, ...(context.locale === undefined ? {} : { locale: context.locale }) } as unknown as P;
    return (
      <MessagesContext.Provider value={context}>
        <ViewBoundary
          resetKey={rest.value ?? rest.spec}
          info={info}
          onError={onError}
          note={
            <p className="ripen-status-note ripen-status-note--error" data-state="error">
              {copyIn(context, VIEW_ENGLISH, VIEW_CHINESE).viewFailed}
            </p>
          }
        >
          <Inner ref={ref} {...(inner as PropsWithoutRef<P>)} />
        </ViewBoundary>
      </MessagesContext.Provider>
    );
  });
  View.displayName = name;
  return memo(View, sameViewProps) as MemoExoticComponent<
    ForwardRefExoticComponent<PropsWithoutRef<P & ViewProps> & RefAttributes<E>>
  >;
}

/**
 * A view's state from its stream props: `field` (the node's status), `state` (`invalid` when a
 * value is there but `valid` is false) and whether the skeleton shimmer shows yet.
 * In development, warns when `fieldStatus` is given without `pointer` and the reader does not
 * know the value (the view reads statuses at the wrong place).
 */
export function useViewState(
  value: unknown,
  status: StreamStatus,
  fieldStatus: FieldStatusReader | undefined,
  pointer: string | undefined,
  skeletonDelay: number | undefined,
  valid = true,
) {
  const resolved = stateOf(value, status, fieldStatus, pointer ?? '');
  const state: ComponentState = value !== undefined && !valid ? 'invalid' : resolved.state;
  const showShimmer = useDelayElapsed(state === 'skeleton', skeletonDelay);
  useEffect(() => void (state === 'skeleton' && warmNumberFormat()), [state]); // idle time before the first byte
  if (fieldStatus && pointer === undefined && value !== undefined && resolved.field === 'absent')
    warnOnce(
      'pointer',
      '`fieldStatus` was given without `pointer`: statuses are read at the root (""). Pass the pointer of `value`.',
    );
  return { field: resolved.field, state, showShimmer };
}

/** Props of {@link ViewShell}. */
export interface ViewShellProps extends ViewAttributes<HTMLElement> {
  as?: 'div' | 'article';
  /** The view's base class (`ripen-table`, …). */
  base: string;
  state: ComponentState;
  /** Shimmer visible (skeleton delay elapsed). */
  shimmer: boolean;
  /** Announce in a polite live region once settled. */
  announce: boolean;
  /** Announcement text. */
  message: string;
  children?: ReactNode;
}

/**
 * The root every view shares: `data-state` / `aria-busy`, the skeleton-delay class, the content,
 * then the footer (end-state note below the content, so it pushes nothing, and the live region).
 */
export const ViewShell = forwardRef<HTMLElement, ViewShellProps>(function ViewShell(
  { as: Tag = 'div', base, state, shimmer, announce, message, className, children, ...rest },
  ref,
) {
  return (
    <Tag
      {...rest}
      ref={ref as Ref<HTMLDivElement>}
      className={classNames(base, skeletonClass(shimmer), className)}
      {...stateAttributes(state)}
    >
      {children}
      <StatusNote state={state} />
      <LiveAnnouncement state={state} message={message} enabled={announce} />
    </Tag>
  );
});

/** The host's HTML attributes among a view's props: every prop not in `own` (for views with many props). */
export function hostAttributes(props: object, own: ReadonlySet<string>): Record<string, unknown> {
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) if (!own.has(key)) rest[key] = value;
  return rest;
}
