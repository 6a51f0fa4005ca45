import { memo } from 'react';
import type { FieldStatus } from '../../core/json/types.js';
import type { FieldStatusReader, StreamStatus } from '../../core/stream/types.js';
import { KeyValueRow } from '../key-value/key-value-row.js';
import { StreamingCaret } from '../common/caret.js';
import { humanizeKey, isRecord, readOwn, scalarText } from '../common/json-shape.js';
import { wholeGraphemes } from '../common/graphemes.js';
import { AGENT_CHINESE } from '../common/messages-chinese.js';
import { AGENT_ENGLISH } from '../common/messages-english.js';
import { useCopy } from '../common/messages-provider.js';
import { Skeleton } from '../common/skeleton.js';
import { childSlot, classNames, resolveState, showCaret } from '../common/status.js';
import { ValueView } from '../common/value-view.js';
import { readAgentStep, stepLabel } from './agent-step-model.js';

/** Props of {@link AgentStep}. */
export interface AgentStepProps {
  step: unknown;
  index: number;
  /** Status of this step. */
  field: FieldStatus;
  status: StreamStatus;
  fieldStatus: FieldStatusReader | undefined;
  pointer: string;
  locale: string | undefined;
  onRender: ((index: number) => void) | undefined;
}

/**
 * One step of an agent trace, memoised, with its own `data-state`: a thought (text with caret),
 * a tool call (name, arguments as rows each with its own status, then the result), an
 * observation or an answer.
 */
export const AgentStep = memo(function AgentStep({
  step,
  index,
  field,
  status,
  fieldStatus,
  pointer,
  locale,
  onRender,
}: AgentStepProps) {
  onRender?.(index);
  const messages = useCopy(AGENT_ENGLISH, AGENT_CHINESE);
  const parts = readAgentStep(step);
  const record = isRecord(step) ? step : undefined;
  const keys = record ? Object.keys(record) : [];
  const lastKey = keys[keys.length - 1];
  const part = (key: string | undefined): ReturnType<typeof childSlot> =>
    key === undefined || !record
      ? { value: undefined, field: 'absent', pointer, status, fieldStatus }
      : childSlot(field, readOwn(record, key), key, key === lastKey, status, fieldStatus, pointer);
  const text = record ? part(parts.textKey) : { value: step, field, pointer };
  const tool = part(parts.toolKey);
  const args = part(parts.argsKey);
  const result = part(parts.resultKey);
  const state = resolveState(field, status, step);
  const argKeys = isRecord(args.value) ? Object.keys(args.value) : [];
  // A tool call is complete once its name and its arguments are (or the whole step is): never
  // `complete` between the name and the first argument, so its state only moves forward.
  const toolCallState =
    field === 'complete' || (tool.field === 'complete' && args.field === 'complete') ? 'complete' : 'streaming';
  return (
    <li className={classNames('ripen-step', `ripen-step--${parts.kind}`)} data-state={state}>
      <span className="ripen-step-label">{stepLabel(parts.kind, messages)}</span>
      {text.value !== undefined ? (
        <p className="ripen-step-text">
          {showCaret(text.field, status) ? wholeGraphemes(scalarText(text.value)) : scalarText(text.value)}
          {showCaret(text.field, status) ? <StreamingCaret /> : null}
        </p>
      ) : step === undefined || (record && keys.length === 0) ? (
        <Skeleton width="70%" />
      ) : null}
      {tool.value !== undefined ? (
        <div className="ripen-tool-call" data-state={toolCallState}>
          <code className="ripen-tool-name">{scalarText(tool.value)}</code>
          {isRecord(args.value) ? (
            <dl className="ripen-kv-list ripen-tool-args" aria-label={messages.toolArguments(scalarText(tool.value))}>
              {argKeys.map((key) => (
                <KeyValueRow
                  key={key}
                  label={humanizeKey(key)}
                  {...childSlot(
                    args.field,
                    readOwn(args.value as Record<string, unknown>, key),
                    key,
                    key === argKeys[argKeys.length - 1],
                    status,
                    fieldStatus,
                    args.pointer,
                  )}
                  locale={locale}
                />
              ))}
            </dl>
          ) : args.value !== undefined ? (
            <pre className="ripen-tool-args-text">
              {scalarText(args.value)}
              {showCaret(args.field, status) ? <StreamingCaret /> : null}
            </pre>
          ) : args.field !== 'complete' && tool.field === 'complete' && state === 'streaming' ? (
            <Skeleton width="50%" />
          ) : null}
        </div>
      ) : null}
      {result.value !== undefined ? (
        <div className="ripen-step-result">
          <span className="ripen-step-result-label">
            {parts.kind === 'tool' ? messages.result : humanizeKey(parts.resultKey ?? 'result')}
          </span>
          <ValueView {...result} locale={locale} />
        </div>
      ) : null}
    </li>
  );
});
