/** My own copy: both names, then every section's questions for my role. Saved as I type. */
import { useState } from 'preact/hooks';
import type { WorksheetTemplate } from '../../content/worksheet-schema';
import { Confirm } from '../shared/Confirm';
import { answerOf, answersField, isSigning, progress, promptFor, withAnswer, withNames } from './answers';
import { otherRole } from './model';
import { useI18n } from '../shared/i18n';
import type { Copy } from './schema';
import { AnswerField } from './AnswerField';

interface Props {
  template: WorksheetTemplate;
  copy: Copy;
  update: (change: (copy: Copy) => Copy) => void;
  disabled: boolean;
  onNext: () => void;
  onDelete: () => void;
}

export function CopyForm({ template, copy, update, disabled, onNext, onDelete }: Props) {
  const { t, list } = useI18n();
  const { answered, total } = progress(template, copy);
  const other = otherRole(copy.role);
  const [confirming, setConfirming] = useState(false);
  return (
    <div>
      <h2 tabIndex={-1}>{t(`expectations.copy.title.${copy.role}`)}</h2>
      <p>{template.intro}</p>
      {copy.template.version !== template.version && (
        <p class="notice warning">
          {t('expectations.copy.otherVersion', { version: copy.template.version, current: template.version })}
        </p>
      )}
      <p class="ew-progress">
        {t('expectations.copy.progress', { count: total, answered })}
      </p>
      <fieldset class="ew-names">
        <legend>{t('expectations.copy.names')}</legend>
        {(['mentor', 'mentee'] as const).map((r) => (
          <div class="field" key={r}>
            <label for={`ew-mine-name-${r}`}>{t(`expectations.name.${r}`)}</label>
            <input
              type="text"
              id={`ew-mine-name-${r}`}
              value={copy.names[r]}
              onInput={(e) => {
                const value = (e.currentTarget as HTMLInputElement).value;
                update((c) => withNames(c, { ...c.names, [r]: value }, new Date()));
              }}
              disabled={disabled}
            />
          </div>
        ))}
      </fieldset>
      {template.sections.map((section) => {
        if (isSigning({ section }))
          return (
            <section class="ew-section" key={section.id} aria-labelledby={`ew-mine-s-${section.id}`}>
              <h3 id={`ew-mine-s-${section.id}`}>{section.title}</h3>
              <p>{t('expectations.copy.signLater')}</p>
            </section>
          );
        const mine = section.fields.filter((f) => answersField(f, copy.role));
        const theirs = section.fields.filter((f) => !answersField(f, copy.role));
        return (
          <section class="ew-section" key={section.id} aria-labelledby={`ew-mine-s-${section.id}`}>
            <h3 id={`ew-mine-s-${section.id}`}>{section.title}</h3>
            {section.intro && <p>{section.intro}</p>}
            {mine.map((field) => (
              <AnswerField
                key={field.id}
                field={field}
                id={`ew-mine-${field.id}`}
                label={field.label}
                hint={promptFor(field, copy.role)}
                example
                value={answerOf(copy.answers, field.id)}
                onChange={(value) => update((c) => withAnswer(c, field.id, value, new Date()))}
                disabled={disabled}
              />
            ))}
            {theirs.length > 0 && (
              <p class="hint">
                {t(`expectations.copy.theirFields.${other}`, { fields: list(theirs.map((f) => t('expectations.quoted', { text: f.label }))) })}
              </p>
            )}
          </section>
        );
      })}
      <p class="actions">
        <button type="button" class="primary" onClick={onNext}>
          {t('expectations.copy.next')}
        </button>
        <button type="button" class="danger" onClick={() => setConfirming(true)} disabled={disabled}>
          {t('expectations.copy.delete')}
        </button>
      </p>
      {confirming && (
        <Confirm
          question={t('expectations.copy.confirm.question')}
          warning={t(`expectations.copy.confirm.warning.${other}`)}
          confirmLabel={t('expectations.copy.confirm.yes')}
          cancelLabel={t('expectations.copy.confirm.no')}
          onConfirm={onDelete}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
