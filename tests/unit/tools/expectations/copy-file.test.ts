import { describe, expect, it } from 'vitest';
import { agreedFileName, fileName, legacyFile, readFile } from '../../../../src/tools/expectations/copy-file';
import { copyFileText, packCopy } from '../../../../src/tools/expectations/share';
import { worksheetReceiver } from '../../../../src/tools/expectations/exchange-kinds';
import { arriveByFile, openParcel } from '../../../../src/lib/exchange/receive';
import { MAX_IMPORT_BYTES } from '../../../../src/tools/expectations/import-checks';
import { menteeCopy, NOW, t } from './fixtures';

/** A copy file as the worksheet wrote them before the exchange module. */
const oldFile = (copy: unknown, version: unknown = 1) => JSON.stringify({ format: 'mentoring-playbook/expectations-copy', version, exportedAt: NOW.toISOString(), copy });

describe('copy files', () => {
  it('hold the exchange envelope, protected or not, and open like links', async () => {
    const copy = menteeCopy({ goals: 'Ünïcödé 🎉' });
    for (const passphrase of [null, 'maple otter seven lantern brisk']) {
      const text = copyFileText(await packCopy(copy, passphrase), Boolean(passphrase));
      expect(JSON.parse(text)).toMatchObject({ format: 'mentoring-playbook/exchange', version: 1, kind: 'expectations/copy', protected: Boolean(passphrase) });
      expect(text).not.toContain('Ünïcödé');
      const arrival = arriveByFile(text, worksheetReceiver);
      if (!arrival?.ok) throw new Error('not read');
      expect(await openParcel(arrival.parcel, worksheetReceiver, passphrase)).toMatchObject({ status: 'ok', value: copy });
    }
  });

  it('made before the exchange module still read', () => {
    const copy = menteeCopy({ goals: 'Ünïcödé 🎉' });
    expect(readFile(oldFile(copy), undefined, t)).toEqual({ ok: true, copy });
    expect(legacyFile(oldFile(copy), undefined, t)).toMatchObject({ status: 'ok', value: copy, protected: false });
  });

  it('are named by role and day', () => {
    expect(fileName(menteeCopy(), NOW)).toBe('expectations-mentee-copy-2026-11-22.json');
    expect(agreedFileName('mentor', NOW)).toBe('expectations-agreed-from-mentor-2026-11-22.json');
  });

  it.each([
    ['{', /not valid JSON/],
    ['[]', /not a worksheet copy/],
    [JSON.stringify({ format: 'mentoring-playbook-export', version: 1 }), /not a worksheet copy/],
    [oldFile({}, 9), /newer version/],
    [oldFile({ role: 'mentor' }), /does not hold a worksheet copy/],
  ])('refuse %s', (text, message) => {
    expect(readFile(text, undefined, t)).toEqual({ ok: false, message: expect.stringMatching(message) });
  });

  it('call a version written as text damaged, never newer', () => {
    const read = readFile(oldFile(menteeCopy(), '1'), undefined, t);
    expect(read).toEqual({ ok: false, message: expect.stringMatching(/^This file’s version is missing or is not a whole number/) });
    expect(read.ok ? '' : read.message).not.toMatch(/newer/);
  });

  it('refuse a copy whose time this browser cannot read (the preview shows it as a date)', () => {
    expect(readFile(oldFile({ ...menteeCopy(), updatedAt: '2026-01-01T00:00:00+01' }), undefined, t)).toEqual({
      ok: false,
      message: 'This file does not hold a worksheet copy this page can read: updatedAt must be a date and time this browser can read, such as 2026-11-22T09:00:00Z.',
    });
  });

  it.each([
    ['answers.meeting-length must be at most 5,000 characters', { ...menteeCopy(), answers: { 'meeting-length': 'x'.repeat(5001) } }],
    ['names.mentor must be text', { ...menteeCopy(), names: { mentor: 5, mentee: 'Tomás' } }],
    ['updatedAt is missing', { ...menteeCopy(), updatedAt: undefined }],
    ['template.version must be a whole number', { ...menteeCopy(), template: { id: 'expectations', version: 1.5 } }],
    ['the copy must be an object', 'a copy'],
  ])('name the first field at fault, in plain words: %s', (problem, copy) => {
    expect(readFile(oldFile(copy), undefined, t)).toEqual({ ok: false, message: `This file does not hold a worksheet copy this page can read: ${problem}.` });
  });

  it('refuse a file over the size limit before reading it', () => {
    expect(readFile('', MAX_IMPORT_BYTES + 1, t)).toEqual({ ok: false, message: expect.stringMatching(/too large/) });
  });
});
