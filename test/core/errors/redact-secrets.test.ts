import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusPath, readCorpusText } from '../../../scripts/shared-folder.mjs';
import { createBodyExcerpt, redactCause, redactSecrets } from '../../../src/core/errors/redact-secrets.js';
import { RipenError } from '../../../src/core/errors/ripen-error.js';

/** A credential as it appears in a message, and the part of it that must never survive. */
interface Credential {
  name: string;
  text: (secret: string) => string;
  /** Characters the secret part is made of. */
  alphabet: string;
  length: number;
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const BASE64 = `${ALNUM}+/`;

const CREDENTIALS: readonly Credential[] = [
  { name: 'OpenAI sk-', text: (s) => `sk-${s}`, alphabet: ALNUM, length: 48 },
  { name: 'OpenAI sk-proj-', text: (s) => `sk-proj-${s}`, alphabet: `${ALNUM}_-`, length: 120 },
  { name: 'Anthropic sk-ant-', text: (s) => `sk-ant-api03-${s}`, alphabet: `${ALNUM}_-`, length: 93 },
  { name: 'Bearer', text: (s) => `Authorization: Bearer ${s}`, alphabet: ALNUM, length: 40 },
  { name: 'bare Bearer', text: (s) => `Bearer ${s}9`, alphabet: ALNUM, length: 32 },
  { name: 'Google AIza', text: (s) => `AIza${s}`, alphabet: `${ALNUM}_-`, length: 35 },
  { name: 'x-api-key header', text: (s) => `x-api-key: ${s}`, alphabet: ALNUM, length: 24 },
  { name: 'x-goog-api-key', text: (s) => `x-goog-api-key=${s}`, alphabet: ALNUM, length: 24 },
  { name: 'api_key=', text: (s) => `api_key=${s}`, alphabet: ALNUM, length: 24 },
  { name: 'api-key: (Azure header)', text: (s) => `api-key: ${s}`, alphabet: ALNUM, length: 32 },
  { name: 'apikey JSON', text: (s) => `{"apikey": "${s}"}`, alphabet: ALNUM, length: 24 },
  { name: 'apiKey camel JSON', text: (s) => `{"apiKey":"${s}"}`, alphabet: ALNUM, length: 24 },
  { name: 'GitHub ghp_', text: (s) => `ghp_${s}`, alphabet: ALNUM, length: 36 },
  { name: 'GitHub gho_', text: (s) => `gho_${s}`, alphabet: ALNUM, length: 36 },
  { name: 'GitHub github_pat_', text: (s) => `github_pat_11ABCDEFG_${s}`, alphabet: ALNUM, length: 59 },
  { name: 'Stripe sk_live_', text: (s) => `sk_live_${s}`, alphabet: ALNUM, length: 24 },
  { name: 'Stripe sk_test_', text: (s) => `sk_test_${s}`, alphabet: ALNUM, length: 24 },
  { name: 'Stripe rk_live_', text: (s) => `rk_live_${s}`, alphabet: ALNUM, length: 24 },
  { name: 'AWS AKIA', text: (s) => `AKIA${s}`, alphabet: UPPER_DIGITS, length: 16 },
  { name: 'AWS secret key', text: (s) => `aws_secret_access_key=${s}`, alphabet: BASE64, length: 40 },
  { name: 'AWS secret key (ini)', text: (s) => `aws_secret_access_key = ${s}`, alphabet: BASE64, length: 40 },
  { name: 'Azure Ocp-Apim', text: (s) => `Ocp-Apim-Subscription-Key: ${s}`, alphabet: 'abcdef0123456789', length: 32 },
  { name: 'Hugging Face hf_', text: (s) => `hf_${s}`, alphabet: ALNUM, length: 34 },
  { name: 'Groq gsk_', text: (s) => `gsk_${s}`, alphabet: ALNUM, length: 52 },
  { name: 'Slack xoxb-', text: (s) => `xoxb-1234-5678-${s}`, alphabet: ALNUM, length: 24 },
  { name: 'Slack xoxp-', text: (s) => `xoxp-${s}`, alphabet: ALNUM, length: 24 },
  { name: 'Slack xoxa-', text: (s) => `xoxa-2-${s}`, alphabet: ALNUM, length: 24 },
  {
    name: 'JWT',
    text: (s) => `eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.${s}`,
    alphabet: `${ALNUM}_-`,
    length: 43,
  },
  { name: 'URL user-info', text: (s) => `https://admin:${s}@db.example.com/x`, alphabet: ALNUM, length: 20 },
  {
    name: '?key=',
    text: (s) => `https://generativelanguage.googleapis.com/v1?key=${s}&alt=sse`,
    alphabet: ALNUM,
    length: 20,
  },
  { name: '&token=', text: (s) => `https://x.test/stream?id=4&token=${s}`, alphabet: ALNUM, length: 20 },
  { name: '"password"', text: (s) => `{"user":"a","password":"${s}"}`, alphabet: ALNUM, length: 12 },
  { name: 'client_secret', text: (s) => `client_secret=${s}`, alphabet: ALNUM, length: 30 },
];

/** The three spellings of a text: plain, URL-encoded, HTML-escaped. */
const ENCODINGS: Record<string, (text: string) => string> = {
  plain: (text) => text,
  'URL-encoded': (text) => encodeURIComponent(text),
  'HTML numeric entities': (text) =>
    text.replace(/&/g, '&#38;').replace(/"/g, '&#34;').replace(/'/g, '&#39;').replace(/=/g, '&#61;'),
  'HTML-escaped': (text) =>
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;'),
};

const secretOf = (credential: Credential): fc.Arbitrary<string> =>
  fc
    .array(fc.constantFrom(...credential.alphabet), {
      minLength: credential.length,
      maxLength: credential.length,
    })
    .map((chars) => chars.join(''));

/** Forms of the secret that must not appear in the output (as written, and encoded). */
const forms = (secret: string): string[] => [secret, encodeURIComponent(secret)];

describe('redactSecrets: every credential format, in every spelling', () => {
  const sample = (credential: Credential): string =>
    Array.from(
      { length: credential.length },
      (_, index) => credential.alphabet[(index * 7 + 3) % credential.alphabet.length],
    )
      .join('')
      .replace(/^(.{8})/, '$1Q7'); // not a repeating pattern only
  for (const credential of CREDENTIALS) {
    for (const [encoding, encode] of Object.entries(ENCODINGS)) {
      it(`${credential.name}, ${encoding}`, () => {
        const secret = sample(credential).slice(0, credential.length);
        const output = redactSecrets(`The request failed: ${encode(credential.text(secret))} (see logs)`);
        for (const form of forms(secret)) expect(output).not.toContain(form);
        expect(output).toContain('[redacted');
        expect(output.startsWith('The request failed: ')).toBe(true);
        expect(output.endsWith(' (see logs)')).toBe(true);
      });
    }
  }

  it('keeps the recognisable prefix and the surrounding text', () => {
    expect(redactSecrets('Incorrect API key provided: sk-proj-abcdefghijklmnop.')).toBe(
      'Incorrect API key provided: sk-[redacted].',
    );
    expect(redactSecrets('Authorization: Bearer sk-ant-api03-abcdefghijklmnopqrst')).toBe(
      'Authorization: Bearer [redacted]',
    );
    expect(redactSecrets('GET https://x.test/v1/models?alt=sse&key=AIzaSyA123 HTTP/1.1')).toBe(
      'GET https://x.test/v1/models?alt=sse&key=[redacted] HTTP/1.1',
    );
    expect(redactSecrets('postgres://app:hunter2@db.internal:5432/main')).toBe(
      'postgres://[redacted]@db.internal:5432/main',
    );
    expect(redactSecrets('{&quot;api_key&quot;:&quot;abc123&quot;}')).toBe(
      '{&quot;api_key&quot;:&quot;[redacted]&quot;}',
    );
    expect(redactSecrets('x-api-key%3A%20abc12345')).toBe('x-api-key%3A%20[redacted]');
    expect(redactSecrets('x-api-key: missing')).toBe('x-api-key: missing');
    expect(redactSecrets('use AKIAIOSFODNN7EXAMPLE here')).toBe('use [redacted-aws-key] here');
  });

  it('secrets embedded in random text never survive (property)', () => {
    const separators = [' ', '\n', '\t', '"', "'", '(', ')', ',', ';', '<', '>', '[', ']', '|'];
    fc.assert(
      fc.property(
        fc.constantFrom(...CREDENTIALS),
        fc.constantFrom(...Object.keys(ENCODINGS)),
        fc.string({ maxLength: 40 }),
        fc.string({ maxLength: 40 }),
        fc.constantFrom(...separators),
        fc.constantFrom(...separators),
        fc.nat(),
        (credential, encoding, before, after, left, right, seed) => {
          const secret = fc.sample(secretOf(credential), { numRuns: 1, seed })[0]!;
          const encode = ENCODINGS[encoding]!;
          const text = `${before}${left}${encode(credential.text(secret))}${right}${after}`;
          const output = redactSecrets(text);
          for (const form of forms(secret)) expect(output).not.toContain(form);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('leaves ordinary text unchanged (property)', () => {
    const words = [
      'the',
      'model',
      'returned',
      'token',
      'tokens',
      'key',
      'keys',
      'API',
      'Bearer',
      'bearer',
      'of',
      'secret',
      'password',
      'apikey',
      'api',
      'sk',
      'risk-adjusted',
      'sk-learn',
      'task-based',
      'max_tokens: 12',
      'prompt_tokens: 12',
      'completion_tokens=30',
      'https://example.com:8080/path?alt=sse&stream=true',
      'me@example.com',
      'http://localhost:3000/api/chat',
      'Authorization',
      'header',
      'missing',
      'invalid',
      'status 401',
      'Unauthorized',
      'rate_limit_error',
      'overloaded_error',
      '{"type":"error"}',
      'x-request-id: 42',
      'AKIA',
      'hf',
      'gsk',
      'ghp',
      'xoxb',
      'eyJ',
      'Token',
      'expired.',
      'keyboard',
      'monkey',
      'secretary',
      'API key',
      'tokenizer',
      'id=7',
      'page=2',
      '?q=weather',
      'Bearer tokens.',
      'key: value',
      'token: 12',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { maxLength: 30 }),
        fc.array(fc.constantFrom(' ', '  ', '\n', ', ', '. ', ' - '), { minLength: 30, maxLength: 30 }),
        (picked, gaps) => {
          const text = picked.map((word, index) => `${word}${gaps[index]}`).join('');
          expect(redactSecrets(text)).toBe(text);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('leaves real model output unchanged (corpus JSON and SSE expected values)', () => {
    const files = readdirSync(corpusPath('json')).map((name) => `json/${name}`);
    for (const name of readdirSync(corpusPath('sse'), { recursive: true, encoding: 'utf8' }))
      if (name.endsWith('.expected.json')) files.push(`sse/${name.split(path.sep).join('/')}`);
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const text = readCorpusText(file);
      expect(redactSecrets(text), file).toBe(text);
    }
  });

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CREDENTIALS),
        fc.string({ maxLength: 30 }),
        fc.nat(),
        (credential, noise, seed) => {
          const secret = fc.sample(secretOf(credential), { numRuns: 1, seed })[0]!;
          const once = redactSecrets(`${noise} ${credential.text(secret)} ${noise}`);
          expect(redactSecrets(once)).toBe(once);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('runs in linear time on adversarial input (1 MB runs of scheme, token and key characters)', () => {
    // Each of these took seconds per 64 KB while the URL rule's scheme could start anywhere;
    // quadratic again, 1 MB of them would not finish within the test timeout.
    const run = (unit: string): string => unit.repeat(Math.ceil(1_000_000 / unit.length));
    for (const unit of ['abcdefgh', 'a://b:', 'x-api-key: ', 'Bearer ', '%22', '&amp;'])
      expect(redactSecrets(run(unit))).toBe(run(unit));
    expect(redactSecrets(run('sk-'))).toBe('sk-[redacted]');
    expect(redactSecrets(run('eyJabcd.')).startsWith('[redacted-jwt].[redacted-jwt].')).toBe(true);
  });

  it('redacts before cutting a body excerpt', () => {
    const body = `${'x'.repeat(490)} api_key=${'k'.repeat(30)} ${'y'.repeat(100)}`;
    const excerpt = createBodyExcerpt(body);
    expect(excerpt).toHaveLength(500);
    expect(excerpt).not.toContain('kkkkk');
  });
});

describe('RipenError applies the redactor to everything it carries', () => {
  it('message, bodyExcerpt and a string cause', () => {
    const error = new RipenError(
      'http-error',
      'HTTP 401 for https://api.test/v1?key=AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI',
      {
        status: 401,
        bodyExcerpt: '{"error":"bad key sk-proj-abcdefghijklmnopqrstuv"}',
        cause: 'Authorization: Bearer abc.def.ghi-123',
      },
    );
    expect(error.message).toBe('HTTP 401 for https://api.test/v1?key=[redacted]');
    expect(error.bodyExcerpt).toBe('{"error":"bad key sk-[redacted]"}');
    expect(error.cause).toBe('Authorization: Bearer [redacted]');
  });

  it('replaces an Error cause holding a secret by a redacted copy of the same class, cause chain included', () => {
    const inner = new Error('proxy said: x-api-key: 12345678abcdefgh');
    const cause = new TypeError('fetch failed for https://user:pa55word@proxy.test/', { cause: inner });
    const error = new RipenError('network-error', 'The request failed.', { cause });
    const copy = error.cause as TypeError;
    expect(copy).not.toBe(cause);
    expect(copy).toBeInstanceOf(TypeError);
    expect(copy.name).toBe('TypeError');
    expect(copy.message).toBe('fetch failed for https://[redacted]@proxy.test/');
    expect(copy.stack).not.toContain('pa55word');
    expect((copy.cause as Error).message).toBe('proxy said: x-api-key: [redacted]');
    // The caller's own error objects are not modified.
    expect(cause.message).toContain('pa55word');
  });

  it('keeps a clean cause as the same object', () => {
    const cause = new Error('ECONNRESET');
    expect(new RipenError('network-error', 'The request failed.', { cause }).cause).toBe(cause);
    expect(redactCause(42)).toBe(42);
  });
});
