import { describe, expect, it } from 'vitest';
import { readVersionedFile } from '../../../src/lib/versioned-file';

const spec = { format: 'test/thing', version: 2, maxBytes: 1000 };
const problem = (text: string, size?: number) => {
  const r = readVersionedFile(text, spec, size);
  return r.ok ? null : r.problem;
};

describe('readVersionedFile', () => {
  it('reads every version up to the current one', () => {
    for (const version of [1, 2]) {
      const r = readVersionedFile(JSON.stringify({ format: 'test/thing', version, payload: 'x' }), spec);
      expect(r).toEqual({ ok: true, version, file: { format: 'test/thing', version, payload: 'x' } });
    }
  });

  it('names what is wrong with a file that is not one', () => {
    expect(problem('not json')).toEqual({ kind: 'not-json' });
    expect(problem('[1, 2]')).toEqual({ kind: 'not-object' });
    expect(problem('null')).toEqual({ kind: 'not-object' });
    expect(problem('{"format": "other", "version": 1}')).toEqual({ kind: 'wrong-format', format: 'other' });
    expect(problem('{"format": "test/thing"}')).toEqual({ kind: 'no-version' });
    expect(problem('{"format": "test/thing", "version": 1.5}')).toEqual({ kind: 'no-version' });
    expect(problem('{"format": "test/thing", "version": 0}')).toEqual({ kind: 'no-version' });
    expect(problem('{"format": "test/thing", "version": 3}')).toEqual({ kind: 'newer', version: 3 });
  });

  it('refuses a file over the size limit before parsing it, by its real size when given', () => {
    expect(problem(`{"format": "test/thing", "version": 1, "x": "${'é'.repeat(600)}"}`)).toEqual({ kind: 'too-large', maxBytes: 1000 });
    expect(problem('{"format": "test/thing", "version": 1}', 5000)).toEqual({ kind: 'too-large', maxBytes: 1000 });
  });
});
