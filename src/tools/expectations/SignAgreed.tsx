/** Signing the agreed version: only once every answer is settled, so both people sign the same, complete text. */
import type { WorksheetTemplate } from '../../content/worksheet-schema';
import { allFields, answerOf, isSigning } from './answers';
import { AnswerField } from './AnswerField';
import { editAnswer } from './compare';
import type { Agreed } from './model';
import { useT } from '../shared/i18n';

interface Props {
  template: WorksheetTemplate;
  agreed: Agreed;
  /** True when no answer still differs undecided. */
  complete: boolean;
  setAgreed: (change: (a: Agreed) => Agreed) => void;
  disabled: boolean;
}

export function SignAgreed({ template, agreed, complete, setAgreed, disabled }: Props) {
  const t = useT();
  const fields = allFields(template).filter(isSigning);
  if (!fields.length) return null;
  return (
    <section class="ew-section no-print" aria-labelledby="ew-sign-title">
      <h3 id="ew-sign-title">{t('expectations.sign.title')}</h3>
      {complete ? (
        <>
          <p>{t('expectations.sign.ready')}</p>
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
        <p>{t('expectations.sign.later')}</p>
      )}
    </section>
  );
}
