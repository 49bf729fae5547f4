/** Signing the agreed version: only once every answer is settled, so both people sign the same, complete text. */
import type { WorksheetTemplate } from '../../content/worksheet-schema';
import { allFields, answerOf, isSigning } from './answers';
import { AnswerField } from './AnswerField';
import { editAnswer } from './compare';
import type { Agreed } from './model';

interface Props {
  template: WorksheetTemplate;
  agreed: Agreed;
  /** True when no answer still differs undecided. */
  complete: boolean;
  setAgreed: (change: (a: Agreed) => Agreed) => void;
  disabled: boolean;
}

export function SignAgreed({ template, agreed, complete, setAgreed, disabled }: Props) {
  const fields = allFields(template).filter(isSigning);
  if (!fields.length) return null;
  return (
    <section class="ew-section no-print" aria-labelledby="ew-sign-title">
      <h3 id="ew-sign-title">Sign the agreed version</h3>
      {complete ? (
        <>
          <p>Every answer is agreed. Each of you types your name and the date: together on one device, or each in your own browser once you have sent the agreed version.</p>
          {fields.map(({ field }) => (
            <AnswerField
              key={field.id}
              field={field}
              id={`ew-sign-${field.id}`}
              label={field.label}
              hint={field.prompt}
              value={answerOf(agreed.answers, field.id)}
              onChange={(value) => setAgreed((a) => editAnswer(a, field.id, value, new Date()))}
              disabled={disabled}
            />
          ))}
        </>
      ) : (
        <p>You sign once every answer is agreed, so that both of you sign the same, complete text.</p>
      )}
    </section>
  );
}
