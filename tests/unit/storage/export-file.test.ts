import { describe, expect, it } from 'vitest';
import { buildExport, exportFileName, parseExport, EXPORT_FORMAT } from '../../../src/lib/storage';
import { FIXTURES, notesStore } from './fixtures';

const defs = [notesStore];

describe('export file', () => {
  it('has a format name, a version and the date in its file name', () => {
    const file = buildExport('Mentoring Playbook', { notes: FIXTURES[3] }, new Date('2026-11-22T09:30:00Z'));
    // The format name is public (people keep these files): the literal, not the constant, so a change shows here.
    expect(file).toMatchObject({ format: 'mentoring-playbook-export', version: 2, exportedAt: '2026-11-22T09:30:00.000Z' });
    expect(file).not.toHaveProperty('unreadable');
    expect(file).not.toHaveProperty('recovered');
    expect(exportFileName(new Date('2026-11-22T09:30:00Z'))).toBe('mentoring-playbook-2026-11-22.json');
  });

  it('imports what it exported, and every older stored version', () => {
    for (const version of [1, 2, 3] as const) {
      const text = JSON.stringify(buildExport('P', { notes: FIXTURES[version] }, new Date()));
      expect(parseExport(text, defs), `version ${version}`).toMatchObject({ ok: true, tools: [{ data: { notes: [{ text: 'ask about funding' }] } }] });
    }
  });

  it('still imports a version-1 export, as earlier versions of the site wrote it', () => {
    const v1 = `{\n  "format": "mentoring-playbook-export",\n  "version": 1,\n  "exportedAt": "2026-01-03T10:00:00.000Z",\n  "site": "Mentoring Playbook",\n  "tools": {\n    "notes": ${JSON.stringify(FIXTURES[2])}\n  }\n}`;
    expect(parseExport(v1, defs)).toEqual({
      ok: true,
      exportedAt: '2026-01-03T10:00:00.000Z',
      site: 'Mentoring Playbook',
      tools: [{ def: notesStore, data: { title: '', notes: [{ text: 'ask about funding', done: false }] }, savedAt: FIXTURES[2].savedAt, migratedFrom: 2 }],
      copies: [],
    });
  });

  it('writes unreadable values and recovered copies verbatim in their own parts, and reads them back', () => {
    const copies = [
      { tool: 'notes', raw: '{"format":"mentoring-playbook/notes","version":3,"data":' },
      { tool: 'notes', at: '2026-11-20T08:00:00.000Z', raw: 'not json at all \u0000 ✓' },
    ];
    const file = buildExport('P', {}, new Date('2026-11-22T09:30:00Z'), copies);
    expect(file.unreadable).toEqual([copies[0]]);
    expect(file.recovered).toEqual([copies[1]]);
    expect(parseExport(JSON.stringify(file), defs)).toMatchObject({ ok: true, tools: [], copies });
  });

  it.each([
    [{ unreadable: {} }, '"unreadable" part is not a list'],
    [{ unreadable: [{ tool: 'notes:x', raw: 'a' }] }, 'Item 1 of the export’s "unreadable" part does not name a tool'],
    [{ recovered: [{ tool: 'notes', at: '2026-11-20T08:00:00.000Z', raw: 'a' }, { tool: 'notes', raw: 5, at: '2026-11-20T08:00:00.000Z' }] }, 'Item 2 of the export’s "recovered" part holds no text'],
    [{ recovered: [{ tool: 'notes', raw: 'a', at: '2026-11-20' }] }, '"recovered" part has no valid time'],
  ])('rejects a version-2 file whose copies are malformed (%j)', (parts, reason) => {
    const text = JSON.stringify({ format: EXPORT_FORMAT, version: 2, exportedAt: '', site: '', tools: {}, ...parts });
    expect(parseExport(text, defs)).toEqual({ ok: false, reason: expect.stringContaining(reason) });
  });

  it.each([
    ['not json', 'not valid JSON'],
    ['[]', 'does not hold an export object'],
    ['{"format":"something-else","version":1,"tools":{}}', '"format" is missing or different'],
    [JSON.stringify({ format: EXPORT_FORMAT, version: 3, tools: {} }), 'newer version of the playbook (export version 3)'],
    [JSON.stringify({ format: EXPORT_FORMAT, version: 2, tools: {}, unreadable: [], recovered: [] }), 'holds no tool data'],
    [JSON.stringify({ format: EXPORT_FORMAT, version: 1, tools: {} }), 'holds no tool data'],
    [JSON.stringify({ format: EXPORT_FORMAT, version: 1, tools: { chat: {} } }), 'data for "chat"'],
    [JSON.stringify({ format: EXPORT_FORMAT, version: 1, tools: { notes: { ...FIXTURES[3], data: { notes: 5 } } } }), 'The Notes data in this export cannot be read'],
    [JSON.stringify({ format: EXPORT_FORMAT, version: 1, tools: { notes: { ...FIXTURES[3], version: 7 } } }), 'saved by a newer version of the playbook (version 7)'],
  ])('rejects %s with a reason', (text, reason) => {
    expect(parseExport(text, defs)).toEqual({ ok: false, reason: expect.stringContaining(reason) });
  });
});
