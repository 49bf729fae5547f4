/** Shows a copy that arrived by link or file, and asks before importing it. Nothing changes until confirmed. */
import { useEffect, useRef } from 'preact/hooks';
import type { WorksheetTemplate } from '../../content/worksheet-schema';
import { allFields, answerOf, progress } from './answers';
import { personName } from './model';
import { displayAnswer } from './display';
import { templateFit } from './import-checks';
import type { Copy, TheirCopy } from './schema';
import { showTimestamp } from '../../lib/dates';

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
  const name = personName(copy);
  const { answered, total } = progress(template, copy);
  const answeredFields = allFields(template).filter(({ field }) => answerOf(copy.answers, field.id));
  return (
    <div class="notice ew-preview" role="region" aria-labelledby="ew-preview-title">
      <h3 id="ew-preview-title" ref={ref} tabIndex={-1}>
        Import {name}’s copy?
      </h3>
      <p>
        A copy written by the {copy.role}, {name}, last changed on {showTimestamp(copy.updatedAt)}. It answers {answered} of the{' '}
        {total} questions for the {copy.role}. Names in it: {copy.names.mentor || 'no mentor name'} (mentor) and{' '}
        {copy.names.mentee || 'no mentee name'} (mentee).
      </p>
      {templateFit(template, copy.template) === 'other-version' && (
        <p>
          <strong>Note:</strong> it was written on version {copy.template.version} of this worksheet; this page has version {template.version}. Questions
          that changed may show as blank.
        </p>
      )}
      {current && (
        <p>
          <strong>This replaces</strong> the copy from {personName(current)} you imported on {showTimestamp(current.importedAt)}.
        </p>
      )}
      <details>
        <summary>Show the answers in this copy</summary>
        {answeredFields.length === 0 && <p>It has no answers yet.</p>}
        <dl class="ew-preview-answers">
          {answeredFields.map(({ field }) => [
            <dt key={`${field.id}-t`}>{field.label}</dt>,
            <dd key={`${field.id}-d`}>{displayAnswer(field, answerOf(copy.answers, field.id))}</dd>,
          ])}
        </dl>
      </details>
      <p class="actions">
        <button type="button" class="primary" onClick={onImport} disabled={disabled}>
          Import {name}’s copy
        </button>
        <button type="button" onClick={onCancel}>
          Don’t import
        </button>
      </p>
    </div>
  );
}
