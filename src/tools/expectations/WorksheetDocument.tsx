/** The worksheet as a document to read, print and sign: names, every section's answers, signature lines. */
import type { WorksheetTemplate } from '../../content/worksheet-schema';
import { answerOf } from './model';
import { displayAnswer } from './display';
import type { Names } from './schema';

interface Props {
  template: WorksheetTemplate;
  names: Names;
  answers: Readonly<Record<string, string>>;
  /** "Agreed version", "Draft: the mentor's own copy". */
  heading: string;
  /** Text for a blank answer. */
  blank: (fieldId: string) => string;
  /** Unique id of the title, when two documents share the page. */
  titleId?: string;
}

export function WorksheetDocument({ template, names, answers, heading, blank, titleId = 'ew-doc-title' }: Props) {
  return (
    <article class="ew-document" aria-labelledby={titleId}>
      <header>
        <p class="ew-doc-kicker">{heading}</p>
        <h3 id={titleId}>{template.title}</h3>
        <p>
          Between <strong>{names.mentor || 'the mentor'}</strong> (mentor) and <strong>{names.mentee || 'the mentee'}</strong> (mentee).
        </p>
      </header>
      {template.sections.map((section) => (
        <section key={section.id} class="ew-doc-section">
          <h4>{section.title}</h4>
          <dl>
            {section.fields.map((field) => {
              const value = answerOf(answers, field.id);
              return [
                <dt key={`${field.id}-t`}>{field.label}</dt>,
                <dd key={`${field.id}-d`} class={value ? undefined : 'ew-blank'}>
                  {value ? displayAnswer(field, value) : blank(field.id)}
                </dd>,
              ];
            })}
          </dl>
          {section.signatureLines && (
            <div class="ew-sign">
              {(['mentor', 'mentee'] as const).map((r) => (
                <div class="ew-sign-person" key={r}>
                  <p>
                    {r === 'mentor' ? 'Mentor' : 'Mentee'}: <strong>{names[r] || '…'}</strong>
                  </p>
                  <p class="ew-sign-line">Signature</p>
                  <p class="ew-sign-line">Date</p>
                </div>
              ))}
            </div>
          )}
        </section>
      ))}
      <p class="hint">
        Worksheet “{template.id}”, version {template.version}.
      </p>
    </article>
  );
}
