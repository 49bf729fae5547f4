import { mkdtempSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseWorksheetTemplate, worksheetTemplateSchema } from '../../../../src/content/worksheet-schema';
import { readWorksheetTemplates } from '../../../../src/content/worksheet-loader';
import { rawTemplate, template, TEMPLATE_FILE } from './fixtures';

type Raw = ReturnType<typeof rawTemplate> & { sections: { id: string; fields: Record<string, unknown>[] }[] };
const raw = () => rawTemplate() as Raw;
const problems = (value: unknown) => {
  try {
    parseWorksheetTemplate(value, 'content/worksheet/x.json');
    return '';
  } catch (e) {
    return (e as Error).message;
  }
};

describe('the worksheet template in content/', () => {
  it('is valid and covers every topic of a mentoring agreement', () => {
    expect(template.sections.map((s) => s.id)).toEqual(
      expect.arrayContaining(['goals', 'expectations', 'meetings', 'communication', 'feedback', 'confidentiality', 'problems', 'evaluation', 'duration', 'signatures']),
    );
  });

  // Copies saved on version 1 file their answers under these ids; dropping one needs a new version.
  it.runIf(template.version === 1)('keeps every field id that copies of version 1 stored answers under', () => {
    const ids = template.sections.flatMap((s) => s.fields.map((f) => f.id));
    expect(ids).toEqual(
      expect.arrayContaining([
        'goals', 'success', 'expect-of-mentor', 'expect-of-mentee', 'meeting-frequency', 'meeting-length', 'meeting-format', 'meeting-place',
        'scheduling', 'channels', 'response-time', 'availability', 'mentor-feedback', 'mentee-feedback', 'relationship-check', 'confidential',
        'off-limits', 'raise-concerns', 'outside-help', 'measures', 'review-date', 'end-date', 'no-fault-exit', 'mentor-signature',
        'mentor-signed-on', 'mentee-signature', 'mentee-signed-on',
      ]),
    );
  });

  it('uses every field type, and gives every field a prompt and an example', () => {
    const fields = template.sections.flatMap((s) => s.fields);
    expect(new Set(fields.map((f) => f.type))).toEqual(new Set(['text', 'longText', 'date', 'choice']));
    for (const f of fields) {
      expect(f.prompt.length, f.id).toBeGreaterThan(10);
      expect(f.example.length, f.id).toBeGreaterThan(3);
    }
  });

  it('has a review date in the calendar and a typed name and date for each signature', () => {
    expect(template.calendar.map((c) => c.field)).toContain('review-date');
    const signatures = template.sections.find((s) => s.id === 'signatures')!;
    expect(signatures.signatureLines).toBe(true);
    expect(signatures.fields.map((f) => [f.type, f.filledBy])).toEqual([
      ['text', 'mentor'],
      ['date', 'mentor'],
      ['text', 'mentee'],
      ['date', 'mentee'],
    ]);
  });
});

/** A field's path as errors write it: by section and field id ("sections[goals].fields[main-goals]"). */
function at(t: ReturnType<typeof raw>, section: number, field?: number): string {
  const s = t.sections[section]!;
  return `sections[${s.id}]` + (field === undefined ? '' : `.fields[${s.fields[field]!.id}]`);
}

describe('worksheetTemplateSchema', () => {
  it('rejects an unknown field type, naming the file and the field', () => {
    const t = raw();
    t.sections[2]!.fields[0]!.type = 'slider';
    expect(problems(t)).toContain(`content/worksheet/x.json: ${at(t, 2, 0)}.type: must be one of "text", "longText", "date", "choice"`);
  });

  it('rejects a choice without options, and duplicate option values', () => {
    const t = raw();
    t.sections[2]!.fields[0]!.options = [{ value: 'weekly', label: 'Weekly' }];
    expect(problems(t)).toContain(`${at(t, 2, 0)}.options: a choice needs at least 2 options`);
    t.sections[2]!.fields[0]!.options = [
      { value: 'weekly', label: 'Weekly' },
      { value: 'weekly', label: 'Every week' },
    ];
    expect(problems(t)).toContain(`${at(t, 2, 0)}.options.1.value: duplicate option value "weekly"`);
  });

  it('rejects a field without a prompt or with an empty example', () => {
    const t = raw();
    delete t.sections[0]!.fields[0]!.prompt;
    t.sections[0]!.fields[1]!.example = '  ';
    const message = problems(t);
    expect(message).toContain(`${at(t, 0, 0)}.prompt: Required`);
    expect(message).toContain(`${at(t, 0, 1)}.example: must not be empty`);
  });

  it('rejects duplicate section and field ids', () => {
    const t = raw();
    t.sections[1]!.id = 'goals';
    t.sections[1]!.fields[0]!.id = 'goals';
    const message = problems(t);
    expect(message).toContain(`${at(t, 1)}.id: duplicate section id "goals"`);
    expect(message).toContain(`${at(t, 1, 0)}.id: duplicate field id "goals"`);
  });

  it('rejects a calendar entry that is not a date field, and unknown keys (typos)', () => {
    const t = raw();
    (t.calendar as { field: string }[])[0]!.field = 'goals';
    t.sections[0]!.fields[0]!.lable = 'typo';
    const message = problems(t);
    expect(message).toContain('calendar.0.field: "goals" is a longText field; calendar events need a date field');
    expect(message).toContain(`${at(t, 0, 0)}: Unrecognized key(s) in object: 'lable'`);
  });

  it('rejects a series whose rhythm field, options or end date do not fit the fields', () => {
    type Entry = { repeat?: { field: string; every: Record<string, unknown>; until?: string } };
    const withRepeat = (change: (r: NonNullable<Entry['repeat']>) => void) => {
      const t = raw();
      const entries = t.calendar as Entry[];
      const i = entries.findIndex((c) => c.repeat);
      change(entries[i]!.repeat!);
      return { message: problems(t), at: `calendar.${i}.repeat` };
    };
    let r = withRepeat((x) => (x.field = 'goals'));
    expect(r.message).toContain(`${r.at}.field: "goals" is not a choice field; a rhythm comes from the options of a choice field`);
    r = withRepeat((x) => (x.every.daily = { freq: 'WEEKLY' }));
    expect(r.message).toContain(`${r.at}.every.daily: "meeting-frequency" has no option "daily"`);
    r = withRepeat((x) => (x.every.weekly = { freq: 'DAILY' }));
    expect(r.message).toContain(`${r.at}.every.weekly.freq: must be "WEEKLY" or "MONTHLY"`);
    r = withRepeat((x) => (x.until = 'goals'));
    expect(r.message).toContain(`${r.at}.until: "goals" is not a date field; a series ends on an agreed date`);
  });

  it('rejects a bad filledBy and a bad id', () => {
    const t = raw();
    t.sections[4]!.fields[0]!.filledBy = 'manager';
    t.sections[0]!.fields[0]!.id = 'Goals Here';
    const message = problems(t);
    expect(message).toContain(`${at(t, 4, 0)}.filledBy: must be "mentor" or "mentee"`);
    expect(message).toContain(`${at(t, 0, 0)}.id: must be lower-case words joined by hyphens`);
  });

  it('defaults the calendar to none', () => {
    const t = raw();
    delete t.calendar;
    expect(worksheetTemplateSchema.parse(t).calendar).toEqual([]);
  });
});

describe('readWorksheetTemplates (the build-time loader)', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const folder = (files: Record<string, string>) => {
    dir = mkdtempSync(join(tmpdir(), 'worksheet-'));
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  };

  it('reads every template in the folder', () => {
    const found = readWorksheetTemplates(folder({ 'expectations.json': JSON.stringify(rawTemplate()) }));
    expect(found.map((t) => t.id)).toEqual(['expectations']);
  });

  it('fails a bad template with a message naming the file and the field', () => {
    const t = raw();
    t.sections[0]!.fields[0]!.type = 'slider';
    const d = folder({ 'expectations.json': JSON.stringify(t) });
    expect(() => readWorksheetTemplates(d)).toThrow(new RegExp(`expectations\\.json: ${at(t, 0, 0).replace(/[[\]]/g, '\\$&')}\\.type: must be one of`));
  });

  it('fails broken JSON and an id that does not match the file name', () => {
    expect(() => readWorksheetTemplates(folder({ 'expectations.json': '{ "id": ' }))).toThrow(/expectations\.json: \(root\): not valid JSON/);
    rmSync(dir, { recursive: true, force: true });
    expect(() => readWorksheetTemplates(folder({ 'compact.json': JSON.stringify(rawTemplate()) }))).toThrow(
      /compact\.json: id: must equal the file name \("compact"\), not "expectations"/,
    );
  });

  it('is what the site builds from', () => {
    expect(readWorksheetTemplates('content/worksheet').map((t) => t.file)).toEqual([expect.stringContaining(TEMPLATE_FILE)]);
  });
});
