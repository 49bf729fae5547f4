/** My own copy: both names, then every section's questions for my role. Saved as I type. */
import { useState } from 'preact/hooks';
import type { WorksheetTemplate } from '../../content/worksheet-schema';
import { Confirm } from '../shared/Confirm';
import { answerOf, answersField, isSigning, progress, promptFor, withAnswer, withNames } from './answers';
import { otherRole, ROLE_LABEL } from './model';
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
  const { answered, total } = progress(template, copy);
  const other = otherRole(copy.role);
  const [confirming, setConfirming] = useState(false);
  return (
    <div>
      <h2 tabIndex={-1}>Your copy, as the {copy.role}</h2>
      <p>{template.intro}</p>
      {copy.template.version !== template.version && (
        <p class="notice warning">
          You started this copy on version {copy.template.version} of the worksheet; this page has version {template.version}. Check your answers:
          questions that changed may be blank.
        </p>
      )}
      <p class="ew-progress">
        You have answered {answered} of {total} questions. Your answers are saved in this browser as you type.
      </p>
      <fieldset class="ew-names">
        <legend>Names</legend>
        {(['mentor', 'mentee'] as const).map((r) => (
          <div class="field" key={r}>
            <label for={`ew-mine-name-${r}`}>{ROLE_LABEL[r]}’s name</label>
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
              <p>You both sign the agreed version, at step 4, once every answer in it is agreed: then each of you signs the same text.</p>
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
                Your {other} answers {theirs.map((f) => `“${f.label}”`).join(' and ')} in their own copy.
              </p>
            )}
          </section>
        );
      })}
      <p class="actions">
        <button type="button" class="primary" onClick={onNext}>
          Next: exchange copies
        </button>
        <button type="button" class="danger" onClick={() => setConfirming(true)} disabled={disabled}>
          Delete my copy and start again
        </button>
      </p>
      {confirming && (
        <Confirm
          question="Delete your copy?"
          warning={`Your answers and any agreed version built from them are removed from this browser. This cannot be undone. The copy you imported from your ${other} stays.`}
          confirmLabel="Delete my copy"
          cancelLabel="Keep my copy"
          onConfirm={onDelete}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
