import { version } from 'react';
import { version as domVersion } from 'react-dom';
import { describe, expect, it } from 'vitest';

// The hook tests run twice: with the project's React 19 (unit project) and with React 18
// (vitest.react18.config.ts sets RIPEN_EXPECT_REACT=18). This checks each run uses the React it claims.
describe('React under test', () => {
  it('is the expected major version, react and react-dom alike', () => {
    const major = process.env.RIPEN_EXPECT_REACT ?? '19';
    expect(version.split('.')[0]).toBe(major);
    expect(domVersion.split('.')[0]).toBe(major);
  });
});
