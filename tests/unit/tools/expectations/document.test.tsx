import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { worksheetDocument, type DocumentInput } from '../../../../src/tools/expectations/document';
import { toMarkdown } from '../../../../src/tools/expectations/markdown';
import { WorksheetDocument } from '../../../../src/tools/expectations/WorksheetDocument';
import { en, NOW, template } from './fixtures';

const input: DocumentInput = {
  template,
  names: { mentor: 'Priya Raman', mentee: '' },
  answers: { goals: 'Lead a small project.', 'meeting-frequency': 'fortnightly', 'review-date': '2027-02-28' },
  status: 'Agreed version',
  blank: (id) => (id === 'meeting-length' ? 'Not agreed yet' : 'Left blank'),
  i18n: en,
};
const doc = worksheetDocument(input);
const row = (id: string) => doc.sections.flatMap((s) => s.rows).find((r) => r.id === id)!;

describe('worksheetDocument', () => {
  it('has every section and field of the template, in order', () => {
    expect(doc.sections.map((s) => s.id)).toEqual(template.sections.map((s) => s.id));
    expect(doc.sections.flatMap((s) => s.rows.map((r) => r.id))).toEqual(template.sections.flatMap((s) => s.fields.map((f) => f.id)));
  });

  it('shows answers as people read them, and the caller’s text for blanks', () => {
    expect(row('meeting-frequency')).toMatchObject({ value: 'Every two weeks', blank: false });
    expect(row('review-date').value).toBe('28 February 2027');
    expect(row('meeting-length')).toMatchObject({ value: 'Not agreed yet', blank: true });
    expect(row('channels')).toMatchObject({ value: 'Left blank', blank: true });
  });

  it('stands in for a missing name, and asks for signatures only where the template does', () => {
    expect(doc.people).toEqual({ mentor: 'Priya Raman', mentee: 'the mentee' });
    const signed = doc.sections.filter((s) => s.signers);
    expect(signed.map((s) => s.id)).toEqual(['signatures']);
    expect(signed[0]!.signers).toEqual([
      { role: 'Mentor', name: 'Priya Raman' },
      { role: 'Mentee', name: '…' },
    ]);
    // Plain words: the worksheet's title, never its id.
    expect(doc.footer).toBe(`${template.title}, version ${template.version} of its questions`);
    expect(doc.footer).not.toContain(`“${template.id}”`);
  });
});

describe('the page and the Markdown file', () => {
  it('say the same thing, because both render the one document', () => {
    const html = renderToString(<WorksheetDocument doc={doc} />).replace(/<[^>]*>/g, '');
    const md = toMarkdown({ ...input, now: NOW });
    for (const text of [doc.kicker, doc.footer, 'Every two weeks', '28 February 2027', 'Not agreed yet', 'Mentee: …']) {
      expect(html).toContain(text);
      expect(md).toContain(text);
    }
  });
});
