import { describe, expect, it } from 'vitest';
import {
  childPointer,
  childSlot,
  escapePointerToken,
  readChildStatus,
  readFieldStatus,
  resolveState,
  stateAttributes,
} from '../../src/components/common/status.js';
import { readerFrom } from './helpers.js';

describe('status helpers', () => {
  it('escapes pointer tokens per RFC 6901', () => {
    expect(escapePointerToken('a/b~c')).toBe('a~1b~0c');
    expect(childPointer('/rows', 3)).toBe('/rows/3');
    expect(childPointer('', '__proto__')).toBe('/__proto__');
  });

  it('infers field status without a reader', () => {
    expect(readFieldStatus(undefined, 'streaming', undefined, '')).toBe('absent');
    expect(readFieldStatus('x', 'streaming', undefined, '')).toBe('streaming');
    expect(readFieldStatus('x', 'complete', undefined, '')).toBe('complete');
    expect(readFieldStatus('x', 'truncated', undefined, '')).toBe('complete');
  });

  it('uses the reader when given, with the pointer', () => {
    const reader = readerFrom({ '/a': 'invalid' }, 'streaming');
    expect(readFieldStatus('x', 'complete', reader, '/a')).toBe('invalid');
    expect(readFieldStatus('x', 'complete', reader, '/b')).toBe('streaming');
  });

  it('infers children: only the last child of a streaming parent streams', () => {
    expect(readChildStatus('streaming', 1, false, undefined, '/0')).toBe('complete');
    expect(readChildStatus('streaming', 1, true, undefined, '/1')).toBe('streaming');
    expect(readChildStatus('complete', 1, true, undefined, '/1')).toBe('complete');
    expect(readChildStatus('streaming', undefined, true, undefined, '/1')).toBe('absent');
  });

  it('childSlot: a complete child passes on status complete and no reader; absent counts as complete when asked', () => {
    const reader = readerFrom({ '/rows/0': 'complete', '/rows/1': 'streaming' }, 'absent');
    expect(childSlot('streaming', 'a', 0, false, 'streaming', reader, '/rows')).toEqual({
      value: 'a',
      field: 'complete',
      pointer: '/rows/0',
      status: 'complete',
      fieldStatus: undefined,
    });
    expect(childSlot('streaming', 'b', 1, true, 'streaming', reader, '/rows')).toMatchObject({
      field: 'streaming',
      status: 'streaming',
      fieldStatus: reader,
    });
    expect(childSlot('complete', undefined, 'x/y', true, 'complete', undefined, '').field).toBe('absent');
    expect(childSlot('complete', undefined, 'x/y', true, 'complete', undefined, '', true)).toMatchObject({
      field: 'complete',
      pointer: '/x~1y',
    });
  });

  it('resolves component states', () => {
    expect(resolveState('absent', 'connecting', undefined)).toBe('skeleton');
    expect(resolveState('streaming', 'streaming', {})).toBe('streaming');
    expect(resolveState('complete', 'error', {})).toBe('complete');
    expect(resolveState('streaming', 'error', {})).toBe('error');
    expect(resolveState('streaming', 'truncated', {})).toBe('truncated');
    expect(resolveState('streaming', 'aborted', {})).toBe('aborted');
    expect(resolveState('invalid', 'streaming', {})).toBe('invalid');
    expect(resolveState('absent', 'complete', undefined)).toBe('complete');
  });

  it('puts aria-busy only on pending states', () => {
    expect(stateAttributes('streaming')).toEqual({ 'data-state': 'streaming', 'aria-busy': true });
    expect(stateAttributes('skeleton')).toEqual({ 'data-state': 'skeleton', 'aria-busy': true });
    expect(stateAttributes('complete')).toEqual({ 'data-state': 'complete' });
  });
});
