import { describe, expect, it } from 'vitest';
import { sanitizeUrl } from '../../src/components/index.js';

const HOSTILE = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  '\u0000javascript:alert(1)',
  'javascript\u0000:alert(1)',
  '\u200bjavascript:alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript:alert(1)',
  'javascript&colon;alert(1)',
  'javascript&#58;alert(1)',
  '%6Aavascript:alert(1)',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:image/svg+xml,<svg onload=alert(1)>',
  'file:///etc/passwd',
  'blob:https://example.com/uuid',
  '//evil.example/x.png',
  '/relative/path.png',
  'relative.png',
  'https:\\\\evil.example',
  'http://',
  'https://example.com/"onerror="alert(1)',
  '',
  '   ',
];

describe('sanitizeUrl', () => {
  it.each(HOSTILE)('rejects %j', (url) => {
    expect(sanitizeUrl(url)).toBeUndefined();
  });

  it('rejects non-strings', () => {
    expect(sanitizeUrl(42)).toBeUndefined();
    expect(sanitizeUrl({ toString: () => 'https://example.com' })).toBeUndefined();
    expect(sanitizeUrl(null)).toBeUndefined();
  });

  it('accepts http and https and normalises them', () => {
    expect(sanitizeUrl('https://example.com/a.png?x=1&y=2')).toBe('https://example.com/a.png?x=1&y=2');
    expect(sanitizeUrl('HTTP://Example.com')).toBe('http://example.com/');
    expect(sanitizeUrl('  https://example.com/p  ')).toBe('https://example.com/p');
  });

  it('honours a custom allowlist', () => {
    expect(sanitizeUrl('mailto:a@example.com')).toBeUndefined();
    expect(sanitizeUrl('mailto:a@example.com', { allowedProtocols: ['mailto:'] })).toBe('mailto:a@example.com');
    expect(sanitizeUrl('https://example.com', { allowedProtocols: ['mailto:'] })).toBeUndefined();
    expect(sanitizeUrl('javascript:alert(1)', { allowedProtocols: ['https:'] })).toBeUndefined();
  });
});
