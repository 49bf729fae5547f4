/** Translated worksheet templates (content/worksheet/<lang>/<id>.json): the English structure, other texts. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readWorksheetTemplates, readWorksheetTranslations } from '../../../../src/content/worksheet-loader';
import { rawTemplate } from './fixtures';

const ES_FILE = 'content/worksheet/es/expectations.json';
type Raw = { sections: { id: string; fields: { id: string; type: string; options?: { value: string }[] }[] }[]; version: number; calendar: { field: string; repeat?: { every: Record<string, { freq: string; interval?: number }> } }[] };
const spanish = (): Raw => JSON.parse(readFileSync(ES_FILE, 'utf8'));

describe('readWorksheetTranslations', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  /** A worksheet folder with the English template and `es/expectations.json`. */
  const folder = (translated: unknown, name = 'expectations.json') => {
    dir = mkdtempSync(join(tmpdir(), 'worksheet-'));
    mkdirSync(join(dir, 'es'), { recursive: true });
    writeFileSync(join(dir, 'expectations.json'), JSON.stringify(rawTemplate()));
    writeFileSync(join(dir, 'es', name), JSON.stringify(translated));
    return dir;
  };
  const read = (d: string) => readWorksheetTranslations(d, readWorksheetTemplates(d));

  it('reads the Spanish template the site builds, under the id "es/expectations"', () => {
    const found = readWorksheetTranslations('content/worksheet', readWorksheetTemplates('content/worksheet'));
    expect(found.map((t) => [t.id, t.data.title])).toEqual([['es/expectations', 'Hoja de expectativas de la mentoría']]);
  });

  it('fails a translation whose field ids, types or option values differ, naming the file and the field', () => {
    const t = spanish();
    t.sections[2]!.fields[0]!.options![4]!.value = 'cuando-lo-pidamos';
    expect(() => read(folder(t))).toThrow(/es\/expectations\.json: sections\.2\.fields\.0\.options \(values\): is \[.*"cuando-lo-pidamos".*\] but .*expectations\.json has \[.*"as-needed"/);
    const r = spanish();
    r.calendar.find((c) => c.repeat)!.repeat!.every.monthly = { freq: 'WEEKLY', interval: 4 };
    expect(() => read(folder(r))).toThrow(/es\/expectations\.json: calendar\.\d+\.repeat: is .* but .*expectations\.json has/);
    const u = spanish();
    u.sections[0]!.fields[1]!.id = 'exito';
    expect(() => read(folder(u))).toThrow(/es\/expectations\.json: sections\.0\.fields \(ids\): is \["goals","exito"\] but/);
    const v = spanish();
    v.sections[0]!.fields[1]!.type = 'text';
    expect(() => read(folder(v))).toThrow(/es\/expectations\.json: sections\.0\.fields\.1\.type: is "text" but .* has "longText"/);
  });

  it('fails a translation with another version, other sections or other calendar dates', () => {
    const t = spanish();
    t.version = 2;
    t.sections.reverse();
    t.calendar = t.calendar.filter((c) => c.field === 'review-date');
    const error = (() => {
      try {
        read(folder(t));
      } catch (e) {
        return (e as Error).message;
      }
      return '';
    })();
    expect(error).toMatch(/es\/expectations\.json: version: is 2 but/);
    expect(error).toMatch(/es\/expectations\.json: sections \(ids\): is \["signatures"/);
    expect(error).toMatch(/es\/expectations\.json: calendar \(fields\): is \["review-date"\] but/);
  });

  it('fails a translation that breaks the schema, or translates no template', () => {
    const t = spanish() as unknown as { title: string };
    t.title = '';
    expect(() => read(folder(t))).toThrow(/es\/expectations\.json: title: must not be empty/);
    rmSync(dir, { recursive: true, force: true });
    expect(() => read(folder(spanish(), 'compact.json'))).toThrow(/es\/compact\.json: translates no template: there is no .*compact\.json/);
  });
});
