/** Shows a copy that arrived by link or file, and asks before importing it. Nothing changes until confirmed. */
import { useEffect, useRef } from 'preact/hooks';
import type { WorksheetTemplate } from '../../content/worksheet-schema';
import { allFields, answerOf, progress } from './answers';
import { personName } from './model';
import { displayAnswer, showStamp } from './display';
import { useI18n } from '../shared/i18n';
import { templateFit } from './import-checks';
import type { Copy, TheirCopy } from './schema';

interface Props {
  template: WorksheetTemplate;
  copy: Copy;
  /** The copy it would replace, if any. */
  current: TheirCopy | null;
  onImport: () => void;
  onCancel: () => void;
  disabled: boolean;
}

export function ImportPreview({ template, copy, current, onImport, onCancel, disabled }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const i = useI18n();
  const { t } = i;
  const name = personName(copy, t);
  const { answered, total } = progress(template, copy);
  const answeredFields = allFields(template).filter(({ field }) => answerOf(copy.answers, field.id));
  return (
    <div class="notice ew-preview" role="region" aria-labelledby="ew-preview-title">
      <h3 id="ew-preview-title" ref={ref} tabIndex={-1}>
        {t('expectations.preview.title', { name })}
      </h3>
      <p>
        {t(`expectations.preview.about.${copy.role}`, {
          name,
          date: showStamp(i, copy.updatedAt),
          answered,
          count: total,
          mentor: copy.names.mentor || t('expectations.preview.noName.mentor'),
          mentee: copy.names.mentee || t('expectations.preview.noName.mentee'),
        })}
      </p>
      {templateFit(template, copy.template) === 'other-version' && (
        <p>
          <strong>{t('expectations.preview.note')}</strong> {t('expectations.preview.otherVersion', { version: copy.template.version, current: template.version })}
        </p>
      )}
      {current && (
        <p>
          <strong>{t('expectations.preview.replaces')}</strong> {t('expectations.preview.replacesWhat', { name: personName(current, t), date: showStamp(i, current.importedAt) })}
        </p>
      )}
      <details>
        <summary>{t('expectations.preview.show')}</summary>
        {answeredFields.length === 0 && <p>{t('expectations.preview.none')}</p>}
        <dl class="ew-preview-answers">
          {answeredFields.map(({ field }) => [
            <dt key={`${field.id}-t`}>{field.label}</dt>,
            <dd key={`${field.id}-d`}>{displayAnswer(field, answerOf(copy.answers, field.id), i)}</dd>,
          ])}
        </dl>
      </details>
      <p class="actions">
        <button type="button" class="primary" onClick={onImport} disabled={disabled}>
          {t('expectations.exchange.import', { name })}
        </button>
        <button type="button" onClick={onCancel}>
          {t('expectations.preview.cancel')}
        </button>
      </p>
    </div>
  );
}
