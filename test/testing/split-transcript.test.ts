import { describe, expect, it } from 'vitest';
import {
  countPayloadCharacters,
  createProviderErrorText,
  detectReplayDialect,
  detectTranscriptFormat,
  splitTranscript,
} from '../../src/testing/index.js';
import { readFixture } from './read-fixture.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const fixture = readFixture;

function texts(body: string | Uint8Array, format: 'sse' | 'lines' | 'json-array'): string[] {
  const bytes = typeof body === 'string' ? encoder.encode(body) : body;
  return splitTranscript(bytes, format).map((piece) => decoder.decode(piece));
}

function concatenated(pieces: Uint8Array[]): Uint8Array {
  return new Uint8Array(pieces.flatMap((piece) => [...piece]));
}

describe('splitTranscript (sse)', () => {
  it('cuts after each blank line with LF, CRLF, CR and mixed endings', () => {
    expect(texts('data: a\n\ndata: b\n\n', 'sse')).toEqual(['data: a\n\n', 'data: b\n\n']);
    expect(texts('data: a\r\n\r\ndata: b\r\n\r\n', 'sse')).toEqual(['data: a\r\n\r\n', 'data: b\r\n\r\n']);
    expect(texts('data: a\r\rdata: b\r\r', 'sse')).toEqual(['data: a\r\r', 'data: b\r\r']);
    expect(texts('event: x\ndata: a\r\n\ndata: b\r\r', 'sse')).toEqual(['event: x\ndata: a\r\n\n', 'data: b\r\r']);
  });

  it('keeps multi-line events whole and leaves a trailing unterminated event last', () => {
    expect(texts('event: e\ndata: 1\ndata: 2\n\ndata: tail', 'sse')).toEqual([
      'event: e\ndata: 1\ndata: 2\n\n',
      'data: tail',
    ]);
  });

  it('splits recorded transcripts into their dispatched events, byte for byte', () => {
    for (const [path, count] of [
      ['sse/openai-chat/openai-python_gpt-4o_text-sf-weather.sse', 34],
      ['sse/anthropic/anthropic-sdk-python_tool-use-weather.sse', 14],
      ['sse/gemini/vertexai-sdk-test-data_googleai_basic-reply-long.sse', 36],
      ['sse/openai-responses/pydantic-ai_gpt-4o_output-text.sse', 15],
    ] as const) {
      const bytes = fixture(path);
      const pieces = splitTranscript(bytes, 'sse');
      // Dispatched = has data and ends with its blank line (an unterminated last event is discarded).
      const dispatched = pieces
        .map((piece) => decoder.decode(piece))
        .filter((text) => /(^|\n)data:/.test(text) && /(\n|\r)(\n|\r)$/.test(text));
      expect(dispatched.length, path).toBe(count);
      expect(concatenated(pieces), path).toEqual(bytes);
    }
  });
});

describe('splitTranscript (lines, json-array)', () => {
  it('cuts NDJSON / AI SDK v4 data streams per line', () => {
    expect(texts('0:"a"\r\n0:"b"\nd:{}', 'lines')).toEqual(['0:"a"\r\n', '0:"b"\n', 'd:{}']);
  });

  it('cuts a streamed JSON array per top-level element, strings and brackets inside respected', () => {
    expect(texts('[{"a":"}]"},\n{"b":[1,{"c":2}]}\n]', 'json-array')).toEqual([
      '[{"a":"}]"}',
      ',\n{"b":[1,{"c":2}]}',
      '\n]',
    ]);
    expect(texts('[1, "x,]", 3]', 'json-array')).toEqual(['[1', ', "x,]"', ', 3', ']']);
  });

  it('cuts the recorded Gemini JSON-array body into its elements', () => {
    const bytes = fixture('sse/gemini/llm-gemini_gemini-flash-latest_dogs.json-array-stream.json');
    const elements = JSON.parse(decoder.decode(bytes)) as unknown[];
    const pieces = texts(bytes, 'json-array');
    expect(pieces).toHaveLength(elements.length + 1);
    pieces.slice(0, -1).forEach((piece, index) => {
      expect(JSON.parse(piece.replace(/^[\s,[]+/, ''))).toEqual(elements[index]);
    });
    expect(pieces.join('')).toBe(decoder.decode(bytes));
  });
});

describe('format and dialect detection', () => {
  it('detects the framing', () => {
    expect(detectTranscriptFormat(encoder.encode('\uFEFFdata: x\n\n'))).toBe('sse');
    expect(detectTranscriptFormat(encoder.encode(': comment\n\n'))).toBe('sse');
    expect(detectTranscriptFormat(encoder.encode(' [{"candidates":[]}]'))).toBe('json-array');
    expect(detectTranscriptFormat(encoder.encode('0:"hi"\n'))).toBe('lines');
  });

  it('detects each recorded dialect', () => {
    const cases = [
      ['sse/openai-chat/openai-python_gpt-4o_text-sf-weather.sse', 'openai-chat'],
      ['sse/openai-responses/pydantic-ai_gpt-4o_output-text.sse', 'openai-responses'],
      ['sse/anthropic/anthropic-sdk-python_tool-use-weather.sse', 'anthropic'],
      ['sse/gemini/vertexai-sdk-test-data_googleai_basic-reply-long.sse', 'gemini'],
      ['sse/vercel-ai/ai-v7-ui-message-stream_from-claude-characters-json.sse', 'vercel-ai'],
      ['sse/vercel-ai/ai-v4-data-stream_from-claude-characters-json.txt', 'vercel-ai-data-stream'],
    ] as const;
    for (const [path, dialect] of cases) {
      const bytes = fixture(path);
      expect(detectReplayDialect(decoder.decode(bytes), detectTranscriptFormat(bytes)), path).toBe(dialect);
    }
  });

  it('writes provider errors the way each provider sends them', () => {
    expect(createProviderErrorText('anthropic', 'sse', 'Overloaded')).toBe(
      'event: error\ndata: {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}\n\n',
    );
    expect(createProviderErrorText('openai-chat', 'sse', 'boom')).toBe(
      'data: {"error":{"message":"boom","type":"server_error","param":null,"code":null}}\n\n',
    );
    expect(createProviderErrorText('gemini', 'json-array', 'boom')).toBe(
      ',\n{"error":{"code":500,"message":"boom","status":"INTERNAL"}}\n',
    );
    expect(createProviderErrorText('vercel-ai-data-stream', 'lines', 'x"y')).toBe('3:"x\\"y"\n');
  });

  it('counts payload characters without the JSON envelope', () => {
    expect(countPayloadCharacters('data: {"choices":[{"delta":{"content":"Hello"}}]}\n\n', 'sse')).toBe(5);
    expect(
      countPayloadCharacters(
        'event: content_block_delta\ndata: {"delta":{"type":"input_json_delta","partial_json":"{\\"a\\""}}\n\n',
        'sse',
      ),
    ).toBe(4);
    expect(countPayloadCharacters('data: [DONE]\n\n', 'sse')).toBe(0);
    expect(countPayloadCharacters('0:"abc"\n', 'lines')).toBe(3);
    expect(countPayloadCharacters(',\n{"candidates":[{"content":{"parts":[{"text":"xy"}]}}]}', 'json-array')).toBe(2);
  });
});
