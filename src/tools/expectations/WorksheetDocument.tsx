/** The worksheet document (document.ts) on the page and in print: names, every section's answers, signature lines. */
import type { WorksheetDoc } from './document';

interface Props {
  doc: WorksheetDoc;
  /** Unique id of the title, when two documents share the page. */
  titleId?: string;
}

export function WorksheetDocument({ doc, titleId = 'ew-doc-title' }: Props) {
  return (
    <article class="ew-document" aria-labelledby={titleId}>
      <header>
        <p class="ew-doc-kicker">{doc.kicker}</p>
        <h3 id={titleId}>{doc.title}</h3>
        <p>
          Between <strong>{doc.people.mentor}</strong> (mentor) and <strong>{doc.people.mentee}</strong> (mentee).
        </p>
      </header>
      {doc.sections.map((section) => (
        <section key={section.id} class="ew-doc-section">
          <h4>{section.title}</h4>
          <dl>
            {section.rows.map((row) => [
              <dt key={`${row.id}-t`}>{row.label}</dt>,
              <dd key={`${row.id}-d`} class={row.blank ? 'ew-blank' : undefined}>
                {row.value}
              </dd>,
            ])}
          </dl>
          {section.signers && (
            <div class="ew-sign">
              {section.signers.map((signer) => (
                <div class="ew-sign-person" key={signer.role}>
                  <p>
                    {signer.role}: <strong>{signer.name}</strong>
                  </p>
                  <p class="ew-sign-line">Signature</p>
                  <p class="ew-sign-line">Date</p>
                </div>
              ))}
            </div>
          )}
        </section>
      ))}
      <p class="hint">{doc.footer}.</p>
    </article>
  );
}
