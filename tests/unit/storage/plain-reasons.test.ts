/** Issue 20, item 12: why stored or imported data cannot be read is said in words, never as valibot's messages or the envelope's keys. */
import { describe, expect, it } from 'vitest';
import { decodeEnvelope } from '../../../src/lib/storage/definition';
import { FIXTURES, notesStore } from './fixtures';

const reason = (value: unknown) => {
  const decoded = decodeEnvelope(notesStore, value);
  return decoded.kind === 'invalid' ? decoded.reason : decoded.kind;
};

describe('reasons for unreadable data', () => {
  it('name a missing save time in words', () => {
    const { savedAt: _s, ...noTime } = FIXTURES[3];
    const text = reason(noTime);
    expect(text).toContain('the time it was saved is missing');
    expect(text).not.toMatch(/savedAt|Invalid key|Expected|received/);
  });

  it('name a wrong type in words', () => {
    const text = reason({ ...FIXTURES[3], version: 'three' });
    expect(text).toContain('its version number is not a number');
    expect(text).not.toMatch(/Invalid type|Expected|received/);
  });
});
