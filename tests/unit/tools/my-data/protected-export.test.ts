import { describe, expect, it } from 'vitest';
import { parseExport, toolKey } from '../../../../src/lib/storage';
import { arriveByFile, openParcel } from '../../../../src/lib/exchange/receive';
import { exportAll } from '../../../../src/tools/my-data/model';
import { exportReceiver, isExchangeFile, protectedFileName, protectExport } from '../../../../src/tools/my-data/protected-export';
import { MemoryStorage } from '../../../support/memory-storage';
import { FIXTURES, notesStore } from '../../storage/fixtures';

const NOW = new Date('2026-11-22T12:00:00Z');
const PASS = 'maple otter seven lantern brisk';

function exportText(): string {
  const s = new MemoryStorage();
  s.setItem(toolKey('/', 'notes'), JSON.stringify(FIXTURES[3]));
  return JSON.stringify(exportAll(s, '/', [notesStore], 'Playbook', NOW), null, 2);
}

describe('a full export protected by a passphrase', () => {
  it('holds only ciphertext, and is told apart from a plain export by its first line', async () => {
    const plain = exportText();
    const text = await protectExport(plain, PASS);
    expect(isExchangeFile(text)).toBe(true);
    expect(isExchangeFile(plain)).toBe(false);
    expect(JSON.parse(text)).toMatchObject({ format: 'mentoring-playbook/exchange', kind: 'my-data/export', protected: true });
    expect(text).not.toContain('notes');
    expect(protectedFileName(NOW)).toBe('mentoring-playbook-protected-2026-11-22.json');
  });

  it('opens with its passphrase, as often as tried, and then imports exactly as the plain export does', async () => {
    const plain = exportText();
    const arrival = arriveByFile(await protectExport(plain, PASS), exportReceiver);
    if (!arrival?.ok) throw new Error('not read');
    expect(await openParcel(arrival.parcel, exportReceiver)).toMatchObject({ status: 'passphrase', wrong: false });
    for (const wrong of ['maple otter', 'MAPLE OTTER SEVEN LANTERN', 'something else entirely'])
      expect(await openParcel(arrival.parcel, exportReceiver, wrong)).toMatchObject({ status: 'passphrase', wrong: true });
    const opened = await openParcel(arrival.parcel, exportReceiver, ` ${PASS.toUpperCase()} `);
    if (opened.status !== 'ok') throw new Error(opened.status);
    expect(parseExport(JSON.stringify(opened.value), [notesStore])).toEqual(parseExport(plain, [notesStore]));
  });

  it('is refused whole when a character of the file is changed', async () => {
    const text = await protectExport(exportText(), PASS);
    const at = text.indexOf('"envelope": "ex1.') + 40;
    const changed = text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
    expect(arriveByFile(changed, exportReceiver)).toEqual({ ok: false, message: expect.stringMatching(/incomplete or has been changed/) });
  });
});
