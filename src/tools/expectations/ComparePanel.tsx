/** Both copies side by side, differences marked in words, and the agreed version built field by field. */
import { useState } from 'preact/hooks';
import type { WorksheetTemplate } from '../../content/worksheet-schema';
import { chooseAnswer, compareCopies, copiesChangedSince, countStatuses, editAnswer, sourceOf, undecided } from './compare';
import { answerOf } from './answers';
import { personName, type Agreed, type Copy, type TheirCopy } from './model';
import { CompareRow } from './CompareRow';
import { useT } from '../shared/i18n';

interface Props {
  template: WorksheetTemplate;
  mine: Copy;
  theirs: TheirCopy;
  agreed: Agreed;
  setAgreed: (change: (a: Agreed) => Agreed) => void;
  restart: () => void;
  onNext: () => void;
  disabled: boolean;
}

export function ComparePanel({ template, mine, theirs, agreed, setAgreed, restart, onNext, disabled }: Props) {
  const [onlyDifferences, setOnlyDifferences] = useState(false);
  const rows = compareCopies(template, mine, theirs);
  const counts = countStatuses(rows);
  const open = undecided(rows, agreed).length;
  const t = useT();
  const theirName = personName(theirs, t);
  const mineLabel = t(`expectations.compare.mine.${mine.role}`);
  const theirsLabel = t(`expectations.compare.theirs.${theirs.role}`, { name: theirName });

  return (
    <div class="no-print">
      <h2 tabIndex={-1}>{t('expectations.compare.title')}</h2>
      <p>{t('expectations.compare.intro', { name: theirName })}</p>
      <p class="ew-progress">
        {t('expectations.compare.counts', {
          same: counts.same,
          differs: counts.differs,
          decided: counts.differs - open,
          open,
          one: counts['only-mine'] + counts['only-theirs'],
          neither: counts.neither,
        })}
      </p>
      {copiesChangedSince(agreed, mine, theirs) && (
        <div class="notice warning">
          <p>
            {t('expectations.compare.changed', { name: theirName })}
          </p>
          <p>
            <button type="button" onClick={restart} disabled={disabled}>
              {t('expectations.compare.restart')}
            </button>
          </p>
        </div>
      )}
      <p>
        <label class="check">
          <input type="checkbox" checked={onlyDifferences} onChange={(e) => setOnlyDifferences(e.currentTarget.checked)} />{' '}
          {t('expectations.compare.onlyDifferences')}
        </label>
      </p>
      {template.sections.map((section) => {
        const shown = rows.filter((r) => r.section === section && (!onlyDifferences || r.status === 'differs'));
        if (!shown.length) return null;
        return (
          <section class="ew-section" key={section.id} aria-labelledby={`ew-cmp-s-${section.id}`}>
            <h3 id={`ew-cmp-s-${section.id}`}>{section.title}</h3>
            {shown.map((row) => (
              <CompareRow
                key={row.field.id}
                row={row}
                mineLabel={mineLabel}
                theirsLabel={theirsLabel}
                agreedValue={answerOf(agreed.answers, row.field.id)}
                source={sourceOf(agreed, row.field.id)}
                choose={(source) => setAgreed((a) => chooseAnswer(a, row.field.id, source, mine, theirs, new Date()))}
                edit={(value) => setAgreed((a) => editAnswer(a, row.field.id, value, new Date()))}
                disabled={disabled}
              />
            ))}
          </section>
        );
      })}
      {onlyDifferences && counts.differs === 0 && <p>{t('expectations.compare.noDifferences')}</p>}
      <p class="actions">
        <button type="button" class="primary" onClick={onNext}>
          {t('expectations.compare.next')}
        </button>
      </p>
    </div>
  );
}
