import { findKey, isRecord, readOwn } from '../common/json-shape.js';
import type { AgentCopy } from '../common/messages.js';
import { AGENT_ENGLISH } from '../common/messages-english.js';

/** What one step of an agent trace is. */
export type AgentStepKind = 'thought' | 'action' | 'observation' | 'tool' | 'answer' | 'message';

/** A step read from model data; keys point back into the step object for per-field status. */
export interface AgentStepParts {
  kind: AgentStepKind;
  /** Key of the free text (thought, answer, message, observation text). */
  textKey?: string;
  /** Key of the tool name. */
  toolKey?: string;
  /** Key of the tool arguments (object, or a JSON string as some providers send). */
  argsKey?: string;
  /** Key of the tool result / observation. */
  resultKey?: string;
}

const TEXT_KEYS = ['thought', 'reasoning', 'content', 'text', 'message', 'answer', 'final_answer', 'finalanswer'];
const TOOL_KEYS = ['tool', 'toolname', 'tool_name', 'action', 'name', 'function'];
const ARGS_KEYS = ['arguments', 'args', 'input', 'action_input', 'actioninput', 'parameters'];
const RESULT_KEYS = ['observation', 'result', 'output'];

function kindOf(step: Record<string, unknown>, parts: AgentStepParts): AgentStepKind {
  const typeKey = findKey(step, ['type', 'kind', 'role']);
  const type = typeKey === undefined ? undefined : readOwn(step, typeKey);
  if (typeof type === 'string') {
    const normal = type.toLowerCase().replace(/[-_ ]/g, '');
    if (normal === 'thought' || normal === 'reasoning' || normal === 'thinking') return 'thought';
    if (normal === 'observation' || normal === 'toolresult' || normal === 'functioncalloutput') return 'observation';
    if (normal === 'toolcall' || normal === 'tooluse' || normal === 'functioncall' || normal === 'tool') return 'tool';
    if (normal === 'action') return parts.toolKey ? 'tool' : 'action';
    if (normal === 'final' || normal === 'answer' || normal === 'finalanswer') return 'answer';
  }
  if (parts.toolKey !== undefined) return 'tool';
  if (parts.textKey === 'thought' || parts.textKey === 'reasoning') return 'thought';
  if (parts.textKey === 'answer' || parts.textKey === 'final_answer') return 'answer';
  if (parts.resultKey !== undefined) return 'observation';
  return 'message';
}

/**
 * Reads one step: ReAct (`{ thought, action, action_input, observation }`), typed steps
 * (`{ type: 'thought' | 'action' | 'observation' | 'tool_call' | 'final', content }`) or tool
 * calls (`{ tool | name, arguments | args | input, result | output }`). A ReAct step keeps its
 * thought text and its tool call together.
 */
export function readAgentStep(step: unknown): AgentStepParts {
  if (typeof step === 'string') return { kind: 'message' };
  if (!isRecord(step)) return { kind: 'message' };
  const parts: AgentStepParts = { kind: 'message' };
  const textKey = findKey(step, TEXT_KEYS);
  const toolKey = findKey(step, TOOL_KEYS);
  const argsKey = findKey(step, ARGS_KEYS);
  const resultKey = findKey(step, RESULT_KEYS);
  if (textKey !== undefined) parts.textKey = textKey;
  if (
    toolKey !== undefined &&
    typeof readOwn(step, toolKey) === 'string' &&
    (argsKey !== undefined || resultKey !== undefined || toolKey !== 'name')
  )
    parts.toolKey = toolKey;
  if (argsKey !== undefined) parts.argsKey = argsKey;
  if (resultKey !== undefined) parts.resultKey = resultKey;
  parts.kind = kindOf(step, parts);
  return parts;
}

/** Visible label of a step kind, worded by `messages` (default English). */
export function stepLabel(kind: AgentStepKind, messages: AgentCopy = AGENT_ENGLISH): string {
  switch (kind) {
    case 'thought':
      return messages.thought;
    case 'action':
      return messages.action;
    case 'observation':
      return messages.observation;
    case 'tool':
      return messages.toolCall;
    case 'answer':
      return messages.answer;
    case 'message':
      return messages.step;
  }
}

/** The steps array of a trace: the value itself, or its `steps` / `trace` / `messages` array. */
export function readSteps(value: unknown): { steps: readonly unknown[] | undefined; key: string | undefined } {
  if (Array.isArray(value)) return { steps: value, key: undefined };
  if (!isRecord(value)) return { steps: undefined, key: undefined };
  const key = findKey(value, ['steps', 'trace', 'messages', 'events']);
  const steps = key === undefined ? undefined : readOwn(value, key);
  return Array.isArray(steps) ? { steps, key } : { steps: undefined, key: undefined };
}
