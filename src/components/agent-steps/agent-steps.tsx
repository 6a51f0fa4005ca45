import { AGENT_CHINESE } from '../common/messages-chinese.js';
import { AGENT_ENGLISH } from '../common/messages-english.js';
import { useCopy } from '../common/messages-provider.js';
import { Skeleton } from '../common/skeleton.js';
import { defineView, useViewState, ViewShell, type ViewAttributes, type ViewProps } from '../common/view-shell.js';
import { childPointer, childSlot, readFieldStatus, type StreamingProps } from '../common/status.js';
import { readSteps } from './agent-step-model.js';
import { AgentStep } from './agent-step.js';

/** Props of {@link AgentSteps}. */
export interface AgentStepsProps extends StreamingProps, ViewProps, ViewAttributes<HTMLDivElement> {
  /** A (growing) array of steps, or an object with a `steps` / `trace` array. */
  value: unknown;
  /** Accessible name of the list. Default: the `agentSteps` message ("Agent steps"). */
  label?: string;
  /** Steps reserved by the skeleton. Default 2. */
  skeletonSteps?: number;
  locale?: string | undefined;
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
export const AgentSteps = defineView<AgentStepsProps, HTMLDivElement>('AgentSteps', function AgentSteps(props, ref) {
  const {
    value,
    status = 'complete',
    fieldStatus,
    pointer: pointerProp,
    skeletonDelay,
    label,
    skeletonSteps = 2,
    locale,
    announce = true,
    onStepRender,
    className,
    ...rest
  } = props;
  const messages = useCopy(AGENT_ENGLISH, AGENT_CHINESE);
  const pointer = pointerProp ?? '';
  const { steps, key } = readSteps(value);
  const resolved = useViewState(value, status, fieldStatus, pointerProp, skeletonDelay);
  const state = value !== undefined && !steps && resolved.state === 'complete' ? 'invalid' : resolved.state;
  const showShimmer = resolved.showShimmer;
  const stepsPointer = key === undefined ? pointer : childPointer(pointer, key);
  const stepsField =
    key === undefined
      ? resolved.field
      : readFieldStatus(steps, resolved.field === 'complete' ? 'complete' : status, fieldStatus, stepsPointer);
  const list = steps ?? [];
  return (
    <ViewShell
      {...rest}
      ref={ref}
      base="ripen-agent-steps"
      className={className}
      state={state}
      shimmer={showShimmer}
      announce={announce}
      message={messages.agentFinished(list.length)}
    >
      <ol className="ripen-steps" aria-label={label ?? messages.agentSteps}>
        {list.length === 0 && !(state === 'complete' || state === 'invalid')
          ? Array.from({ length: skeletonSteps }, (_, index) => (
              <li key={index} className="ripen-step">
                <Skeleton width="5em" />
                <Skeleton width={index === 0 ? '80%' : '60%'} />
              </li>
            ))
          : list.map((step, index) => {
              const { value, ...slot } = childSlot(
                stepsField,
                step,
                index,
                index === list.length - 1,
                status,
                fieldStatus,
                stepsPointer,
              );
              return (
                <AgentStep key={index} step={value} index={index} {...slot} locale={locale} onRender={onStepRender} />
              );
            })}
      </ol>
    </ViewShell>
  );
});
