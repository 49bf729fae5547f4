/** One question side by side: my answer, theirs, a text marker of how they differ, and the agreed answer. */
import type { Comparison, FieldStatus } from './compare';
import { displayAnswer } from './display';
import type { Source } from './schema';
import { AnswerField } from './AnswerField';
import { useI18n } from '../shared/i18n';

/** The message of a status tag ("Same", "Differs"…). */
export const statusKey = (status: FieldStatus) => `expectations.status.${status}`;

interface Props {
  row: Comparison;
  mineLabel: string;
  theirsLabel: string;
  agreedValue: string;
  source: Source | undefined;
  choose: (source: 'mine' | 'theirs') => void;
  edit: (value: string) => void;
  disabled: boolean;
}

export function CompareRow({ row, mineLabel, theirsLabel, agreedValue, source, choose, edit, disabled }: Props) {
  const i = useI18n();
  const { t } = i;
  const { field, status } = row;
  const forLabel = <span class="visually-hidden"> {t('expectations.for', { label: field.label })}</span>;
  const differs = status === 'differs';
  const side = (label: string, value: string) => (
    <div class="ew-side">
      <p class="ew-side-label">{label}</p>
      <p class={value ? 'ew-answer' : 'ew-answer ew-blank'}>{value ? displayAnswer(field, value, i) : t('expectations.compare.noAnswer')}</p>
    </div>
  );
  return (
    <div class={`ew-row ew-${status}`} id={`ew-row-${field.id}`}>
      <h4>
        {field.label} <span class={`ew-tag ew-tag-${status}`}>{t(statusKey(status))}</span>
      </h4>
      <div class="ew-sides">
        {side(mineLabel, row.mine)}
        {side(theirsLabel, row.theirs)}
      </div>
      <div class="ew-agree">
        {differs && (
          <p class="actions">
            <button type="button" aria-pressed={source === 'mine'} onClick={() => choose('mine')} disabled={disabled}>
              {t('expectations.compare.useMine')}
              {forLabel}
            </button>
            <button type="button" aria-pressed={source === 'theirs'} onClick={() => choose('theirs')} disabled={disabled}>
              {t('expectations.compare.useTheirs')}
              {forLabel}
            </button>
          </p>
        )}
        <AnswerField
          field={field}
          id={`ew-agreed-${field.id}`}
          label={
            <>
              {t('expectations.compare.agreedAnswer')}
              {forLabel}
            </>
          }
          hint={differs && !source ? t('expectations.compare.notDecided') : source ? t(`expectations.compare.decided.${source}`) : undefined}
          value={agreedValue}
          onChange={edit}
          disabled={disabled}
          choiceAs="select"
        />
      </div>
    </div>
  );
}
