/** The worksheet document (document.ts) on the page and in print: names, every section's answers, signature lines. */
import type { ComponentChildren } from 'preact';
import type { WorksheetDoc } from './document';
import { useT } from '../shared/i18n';

const MARK = '\u0000';

/** A message with elements in its placeholders (the names in bold), without building the sentence from pieces. */
function withParts(text: (params: Record<string, string>) => string, parts: Record<string, ComponentChildren>): ComponentChildren[] {
  const marked = text(Object.fromEntries(Object.keys(parts).map((k) => [k, `${MARK}${k}${MARK}`])));
  return marked.split(MARK).map((piece, i) => (i % 2 ? parts[piece] : piece));
}

interface Props {
  doc: WorksheetDoc;
  /** Unique id of the title, when two documents share the page. */
  titleId?: string;
}

export function WorksheetDocument({ doc, titleId = 'ew-doc-title' }: Props) {
  const t = useT();
  return (
    <article class="ew-document" aria-labelledby={titleId}>
      <header>
        <p class="ew-doc-kicker">{doc.kicker}</p>
        <h3 id={titleId}>{doc.title}</h3>
        <p>
          {withParts((p) => t('expectations.doc.between', p), {
            mentor: <strong>{doc.people.mentor}</strong>,
            mentee: <strong>{doc.people.mentee}</strong>,
          })}
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
                  <p>{withParts((p) => t('expectations.doc.signer', p), { role: signer.role, name: <strong>{signer.name}</strong> })}</p>
                  <p class="ew-sign-line">{t('expectations.doc.signature')}</p>
                  <p class="ew-sign-line">{t('expectations.doc.date')}</p>
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
