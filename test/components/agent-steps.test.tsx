import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AgentSteps, readAgentStep } from '../../src/components/index.js';
import { loadFixture, readerFrom } from './helpers.js';

type Args = { a: number; b: number; op: string };
const calls = loadFixture<Args[]>(
  'sse/openai-responses/vercel-ai_gpt-5.1-codex-max_reasoning-three-function-calls.expected.json',
);
const weather = loadFixture<{ location: string }>(
  'sse/other/vercel-ai_deepseek-reasoner_reasoning-then-tool-call.expected.json',
);
const steps = (container: HTMLElement) => [...container.querySelectorAll('li.ripen-step')] as HTMLElement[];

describe('readAgentStep', () => {
  it('recognises ReAct, typed steps and tool calls', () => {
    expect(readAgentStep({ thought: 'x', action: 'search', action_input: { q: 1 }, observation: 'y' })).toEqual({
      kind: 'tool',
      textKey: 'thought',
      toolKey: 'action',
      argsKey: 'action_input',
      resultKey: 'observation',
    });
    expect(readAgentStep({ type: 'thought', content: 'hm' }).kind).toBe('thought');
    expect(readAgentStep({ type: 'observation', content: 'ok' }).kind).toBe('observation');
    expect(readAgentStep({ type: 'final', content: '42' }).kind).toBe('answer');
    expect(readAgentStep({ type: 'function_call', name: 'calc', arguments: '{"a":' }).kind).toBe('tool');
    expect(readAgentStep({ tool: 'calc', args: {} }).kind).toBe('tool');
  });
});

describe('AgentSteps', () => {
  it('skeleton before the first step', () => {
    const { container } = render(<AgentSteps value={undefined} status="connecting" />);
    const root = container.firstElementChild as HTMLElement;
    expect(root.dataset.state).toBe('skeleton');
    expect(root.getAttribute('aria-busy')).toBe('true');
    expect(container.querySelectorAll('.ripen-skeleton').length).toBeGreaterThan(0);
  });

  it('renders a real three-call trace as it streams, each step with its own state', () => {
    const trace = [
      { type: 'thought', content: 'I need to compute three things.' },
      ...calls.map((args) => ({
        type: 'tool_call',
        tool: 'calculate',
        arguments: args,
        result: args.op === 'add' ? args.a + args.b : args.a * args.b,
      })),
    ];
    const partialArgs = { a: 57, b: 10, op: 'mul' };
    const live = [...trace.slice(0, 3), { type: 'tool_call', tool: 'calculate', arguments: partialArgs }];
    const reader = readerFrom(
      {
        '': 'streaming',
        '/steps': 'streaming',
        '/steps/3': 'streaming',
        '/steps/3/arguments': 'streaming',
        '/steps/3/arguments/op': 'streaming',
        '/steps/3/result': 'absent',
      },
      'complete',
    );
    const { container, rerender } = render(
      <AgentSteps value={{ steps: live }} status="streaming" fieldStatus={reader} />,
    );
    expect(steps(container).map((step) => step.dataset.state)).toEqual([
      'complete',
      'complete',
      'complete',
      'streaming',
    ]);
    const last = steps(container)[3]!;
    expect(last.querySelector('.ripen-tool-name')!.textContent).toBe('calculate');
    const argRows = [...last.querySelectorAll('.ripen-kv-row')] as HTMLElement[];
    expect(argRows.map((row) => `${row.querySelector('dt')!.textContent}=${row.dataset.state}`)).toEqual([
      'A=complete',
      'B=complete',
      'Op=streaming',
    ]);
    expect(argRows[2]!.querySelector('.ripen-caret')).not.toBeNull();
    expect(steps(container)[1]!.querySelector('.ripen-step-result')!.textContent).toBe('Result19');

    rerender(<AgentSteps value={{ steps: trace }} status="complete" />);
    expect(steps(container).map((step) => step.dataset.state)).toEqual([
      'complete',
      'complete',
      'complete',
      'complete',
    ]);
    expect(steps(container)[0]!.querySelector('.ripen-step-label')!.textContent).toBe('Thought');
    expect(steps(container)[3]!.querySelector('.ripen-step-result')!.textContent).toBe('Result570');
    expect(container.querySelector('.ripen-caret')).toBeNull();
  });

  it('renders ReAct steps (thought, action, observation) and raw JSON-string arguments as text', () => {
    const value = [
      { thought: 'Look up the weather', action: 'get_weather', action_input: weather, observation: 'Sunny, 18°C' },
      { type: 'function_call', name: 'get_weather', arguments: '{"location": "San Fr' },
    ];
    const { container } = render(<AgentSteps value={value} status="streaming" />);
    const [first, second] = steps(container);
    expect(first!.querySelector('.ripen-step-text')!.textContent).toBe('Look up the weather');
    expect(first!.querySelector('.ripen-kv-value')!.textContent).toBe('San Francisco');
    expect(first!.querySelector('.ripen-step-result')!.textContent).toContain('Sunny, 18°C');
    expect(second!.querySelector('pre')!.textContent).toBe('{"location": "San Fr');
    expect(second!.querySelector('pre .ripen-caret')).not.toBeNull();
    expect(screen.getByRole('list', { name: 'Agent steps' })).toBeTruthy();
  });

  it('only the growing step re-renders', () => {
    const renders: number[] = [];
    const onStepRender = (index: number) => renders.push(index);
    const done = { type: 'thought', content: 'Plan' };
    const { rerender } = render(
      <AgentSteps value={[done, { type: 'thought', content: 'Wor' }]} status="streaming" onStepRender={onStepRender} />,
    );
    renders.length = 0;
    rerender(
      <AgentSteps
        value={[done, { type: 'thought', content: 'Working' }]}
        status="streaming"
        onStepRender={onStepRender}
      />,
    );
    expect(renders).toEqual([1]);
  });

  it('a cut-off trace shows the truncated / error state on the unfinished step', () => {
    const { container, rerender } = render(
      <AgentSteps
        value={[{ type: 'thought', content: 'Half' }]}
        status="truncated"
        fieldStatus={readerFrom({ '': 'streaming', '/0': 'streaming' }, 'streaming')}
      />,
    );
    expect((container.firstElementChild as HTMLElement).dataset.state).toBe('truncated');
    expect(steps(container)[0]!.dataset.state).toBe('truncated');
    rerender(
      <AgentSteps
        value={[{ type: 'thought', content: 'Half' }]}
        status="error"
        fieldStatus={readerFrom({ '': 'streaming', '/0': 'streaming' }, 'streaming')}
      />,
    );
    expect(steps(container)[0]!.dataset.state).toBe('error');
  });
});
