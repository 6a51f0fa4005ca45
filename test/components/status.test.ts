import { describe, expect, it } from 'vitest';
import {
  childPointer,
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
