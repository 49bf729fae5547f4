import { describe, expect, it } from 'vitest';
import { fileName, fileText, readFile } from '../../../../src/tools/expectations/copy-file';
import { MAX_IMPORT_BYTES } from '../../../../src/tools/expectations/import-checks';
import { menteeCopy, NOW } from './fixtures';

describe('copy files', () => {
  it('round-trip a copy', () => {
    const copy = menteeCopy({ goals: 'Ünïcödé 🎉' });
    expect(readFile(fileText(copy, NOW))).toEqual({ ok: true, copy });
    expect(JSON.parse(fileText(copy, NOW))).toMatchObject({ format: 'mentoring-playbook/expectations-copy', version: 1, exportedAt: NOW.toISOString() });
  });

  it('are named by role and day', () => {
    expect(fileName(menteeCopy(), NOW)).toBe('expectations-mentee-copy-2026-11-22.json');
  });

  it.each([
    ['{', /not valid JSON/],
    ['[]', /not a worksheet copy/],
    [JSON.stringify({ format: 'mentoring-playbook-export', version: 1 }), /not a worksheet copy/],
    [JSON.stringify({ format: 'mentoring-playbook/expectations-copy', version: 9, copy: {} }), /newer version/],
    [JSON.stringify({ format: 'mentoring-playbook/expectations-copy', version: 1, copy: { role: 'mentor' } }), /does not hold a worksheet copy/],
  ])('refuse %s', (text, message) => {
    expect(readFile(text)).toEqual({ ok: false, message: expect.stringMatching(message) });
  });

  it('refuse a copy whose time this browser cannot read (the preview shows it as a date)', () => {
    expect(readFile(fileText({ ...menteeCopy(), updatedAt: '2026-11-20T09:00:00+01' }, NOW))).toEqual({
      ok: false,
      message: expect.stringMatching(/does not hold a worksheet copy/),
    });
  });

  it.each([
    ['answers.meeting-length must be at most 5,000 characters', { ...menteeCopy(), answers: { 'meeting-length': 'x'.repeat(5001) } }],
    ['names.mentor must be text', { ...menteeCopy(), names: { mentor: 5, mentee: 'Tomás' } }],
    ['updatedAt is missing', { ...menteeCopy(), updatedAt: undefined }],
    ['updatedAt must be a date and time this browser can read, such as 2026-11-22T09:00:00Z', { ...menteeCopy(), updatedAt: '2026-11-20T09:00:00 +01:00' }],
    ['template.version must be a whole number', { ...menteeCopy(), template: { id: 'expectations', version: 1.5 } }],
    ['the copy must be an object', 'a copy'],
  ])('name the first field at fault, in plain words: %s', (problem, copy) => {
    const text = JSON.stringify({ format: 'mentoring-playbook/expectations-copy', version: 1, copy });
    expect(readFile(text)).toEqual({ ok: false, message: `This file does not hold a worksheet copy this page can read: ${problem}.` });
  });

  it('refuse a file over the size limit before reading it', () => {
    expect(readFile('', MAX_IMPORT_BYTES + 1)).toEqual({ ok: false, message: expect.stringMatching(/too large/) });
  });
});
