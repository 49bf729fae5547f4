import { describe, expect, it } from 'vitest';
import { buildExport, exportFileName, parseExport, EXPORT_FORMAT } from '../../../src/lib/storage';
import { FIXTURES, notesStore } from './fixtures';

const defs = [notesStore];

describe('export file', () => {
  it('has a format name, a version and the date in its file name', () => {
    const file = buildExport('Mentoring Playbook', { notes: FIXTURES[3] }, new Date('2026-11-22T09:30:00Z'));
    // The format name is public (people keep these files): the literal, not the constant, so a change shows here.
    expect(file).toMatchObject({ format: 'mentoring-playbook-export', version: 1, exportedAt: '2026-11-22T09:30:00.000Z' });
    expect(exportFileName(new Date('2026-11-22T09:30:00Z'))).toBe('mentoring-playbook-2026-11-22.json');
  });

  it('imports what it exported, and every older stored version', () => {
    for (const version of [1, 2, 3] as const) {
      const text = JSON.stringify(buildExport('P', { notes: FIXTURES[version] }, new Date()));
      expect(parseExport(text, defs), `version ${version}`).toMatchObject({ ok: true, tools: [{ data: { notes: [{ text: 'ask about funding' }] } }] });
    }
  });

  it.each([
    ['not json', 'not valid JSON'],
    ['[]', 'does not hold an export object'],
    ['{"format":"something-else","version":1,"tools":{}}', '"format" is missing or different'],
    [JSON.stringify({ format: EXPORT_FORMAT, version: 2, tools: {} }), 'newer version of the playbook (export version 2)'],
    [JSON.stringify({ format: EXPORT_FORMAT, version: 1, tools: {} }), 'holds no tool data'],
    [JSON.stringify({ format: EXPORT_FORMAT, version: 1, tools: { chat: {} } }), 'data for "chat"'],
    [JSON.stringify({ format: EXPORT_FORMAT, version: 1, tools: { notes: { ...FIXTURES[3], data: { notes: 5 } } } }), 'The Notes data in this export cannot be read'],
    [JSON.stringify({ format: EXPORT_FORMAT, version: 1, tools: { notes: { ...FIXTURES[3], version: 7 } } }), 'saved by a newer version of the playbook (version 7)'],
  ])('rejects %s with a reason', (text, reason) => {
    expect(parseExport(text, defs)).toEqual({ ok: false, reason: expect.stringContaining(reason) });
  });
});
