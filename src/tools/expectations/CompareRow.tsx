/** One question side by side: my answer, theirs, a text marker of how they differ, and the agreed answer. */
import type { Comparison, FieldStatus } from './compare';
import { displayAnswer } from './display';
import type { Source } from './schema';
import { AnswerField } from './AnswerField';

export const STATUS_TEXT: Record<FieldStatus, string> = {
  same: 'Same',
  differs: 'Differs',
  'only-mine': 'Only you answered',
  'only-theirs': 'Only they answered',
  neither: 'Neither answered',
};

const DECIDED_TEXT: Record<Source, string> = { mine: 'your answer', theirs: 'their answer', edited: 'an answer you wrote together' };

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
  const { field, status } = row;
  const differs = status === 'differs';
  const side = (label: string, value: string) => (
    <div class="ew-side">
      <p class="ew-side-label">{label}</p>
      <p class={value ? 'ew-answer' : 'ew-answer ew-blank'}>{value ? displayAnswer(field, value) : 'No answer'}</p>
    </div>
  );
  return (
    <div class={`ew-row ew-${status}`} id={`ew-row-${field.id}`}>
      <h4>
        {field.label} <span class={`ew-tag ew-tag-${status}`}>{STATUS_TEXT[status]}</span>
      </h4>
      <div class="ew-sides">
        {side(mineLabel, row.mine)}
        {side(theirsLabel, row.theirs)}
      </div>
      <div class="ew-agree">
        {differs && (
          <p class="actions">
            <button type="button" aria-pressed={source === 'mine'} onClick={() => choose('mine')} disabled={disabled}>
              Use my answer<span class="visually-hidden"> for “{field.label}”</span>
            </button>
            <button type="button" aria-pressed={source === 'theirs'} onClick={() => choose('theirs')} disabled={disabled}>
              Use their answer<span class="visually-hidden"> for “{field.label}”</span>
            </button>
          </p>
        )}
        <AnswerField
          field={field}
          id={`ew-agreed-${field.id}`}
          label={
            <>
              Agreed answer<span class="visually-hidden"> for “{field.label}”</span>
            </>
          }
          hint={differs && !source ? 'Not decided yet: pick one answer above, or write one together here.' : source ? `Agreed: ${DECIDED_TEXT[source]}.` : undefined}
          value={agreedValue}
          onChange={edit}
          disabled={disabled}
          choiceAs="select"
        />
      </div>
    </div>
  );
}
