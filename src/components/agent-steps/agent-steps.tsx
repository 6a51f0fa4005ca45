import { forwardRef, memo, type HTMLAttributes } from 'react';
import { LiveAnnouncement } from '../common/live-announcement.js';
import { Skeleton, skeletonClass, useDelayElapsed } from '../common/skeleton.js';
import { StatusNote } from '../common/status-note.js';
import {
  childPointer,
  classNames,
  readChildStatus,
  readFieldStatus,
  stateAttributes,
  stateOf,
  type StreamingProps,
} from '../common/status.js';
import { readSteps } from './agent-step-model.js';
import { AgentStep } from './agent-step.js';

/** Props of {@link AgentSteps}. */
export interface AgentStepsProps extends StreamingProps, Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** A (growing) array of steps, or an object with a `steps` / `trace` array. */
  value: unknown;
  /** Accessible name of the list. Default `'Agent steps'`. */
  label?: string;
  /** Steps reserved by the skeleton. Default 2. */
  skeletonSteps?: number;
  locale?: string;
  /** Announce completion in a polite live region. Default true. */
  announce?: boolean;
  /** Called on every step render (testing/profiling). */
  onStepRender?: (index: number) => void;
}

/**
 * An agent's trace as it streams: ReAct thought / action / observation steps and tool calls
 * (name, arguments with per-field status, result). Each step is memoised and has its own
 * `data-state`; only the step still being written re-renders.
 */
export const AgentSteps = memo(
  forwardRef<HTMLDivElement, AgentStepsProps>(function AgentSteps(props, ref) {
    const {
      value,
      status = 'complete',
      fieldStatus,
      pointer = '',
      skeletonDelay,
      label = 'Agent steps',
      skeletonSteps = 2,
      locale,
      announce = true,
      onStepRender,
      className,
      ...rest
    } = props;
    const { steps, key } = readSteps(value);
    const resolved = stateOf(value, status, fieldStatus, pointer);
    const state = value !== undefined && !steps && resolved.state === 'complete' ? 'invalid' : resolved.state;
    const showShimmer = useDelayElapsed(state === 'skeleton', skeletonDelay);
    const stepsPointer = key === undefined ? pointer : childPointer(pointer, key);
    const stepsField =
      key === undefined
        ? resolved.field
        : readFieldStatus(steps, resolved.field === 'complete' ? 'complete' : status, fieldStatus, stepsPointer);
    const list = steps ?? [];
    return (
      <div
        {...rest}
        ref={ref}
        className={classNames('ripen-agent-steps', skeletonClass(showShimmer), className)}
        {...stateAttributes(state)}
      >
        <ol className="ripen-steps" aria-label={label}>
          {list.length === 0 && !(state === 'complete' || state === 'invalid')
            ? Array.from({ length: skeletonSteps }, (_, index) => (
                <li key={index} className="ripen-step">
                  <Skeleton width="5em" />
                  <Skeleton width={index === 0 ? '80%' : '60%'} />
                </li>
              ))
            : list.map((step, index) => {
                const stepPointer = childPointer(stepsPointer, index);
                const field = readChildStatus(stepsField, step, index === list.length - 1, fieldStatus, stepPointer);
                const settled = field === 'complete';
                return (
                  <AgentStep
                    key={index}
                    step={step}
                    index={index}
                    field={field}
                    status={settled ? 'complete' : status}
                    fieldStatus={settled ? undefined : fieldStatus}
                    pointer={stepPointer}
                    locale={locale}
                    onRender={onStepRender}
                  />
                );
              })}
        </ol>
        <StatusNote state={state} />
        <LiveAnnouncement
          state={state}
          message={`Agent finished, ${list.length} ${list.length === 1 ? 'step' : 'steps'}`}
          enabled={announce}
        />
      </div>
    );
  }),
);
