/** Both copies side by side, differences marked in words, and the agreed version built field by field. */
import { useState } from 'preact/hooks';
import type { WorksheetTemplate } from '../../content/worksheet-schema';
import { chooseAnswer, compareCopies, copiesChangedSince, countStatuses, editAnswer, sourceOf, undecided } from './compare';
import { answerOf } from './answers';
import { personName, type Agreed, type Copy, type TheirCopy } from './model';
import { CompareRow } from './CompareRow';

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
  const theirName = personName(theirs);
  const mineLabel = `Your answer (${mine.role})`;
  const theirsLabel = `${theirName}’s answer (${theirs.role})`;

  return (
    <div class="no-print">
      <h2 tabIndex={-1}>Compare and agree</h2>
      <p>
        Your copy and {theirName}’s, question by question. Where your answers differ, talk it through, then use one answer or write a new one
        together. The agreed version is saved in this browser as you go.
      </p>
      <p class="ew-progress">
        Same answer: {counts.same}. Different answers: {counts.differs} ({counts.differs - open} decided, {open} still to decide). Answered by one of
        you only: {counts['only-mine'] + counts['only-theirs']}. Answered by neither: {counts.neither}.
      </p>
      {copiesChangedSince(agreed, mine, theirs) && (
        <div class="notice warning">
          <p>
            Your copy or {theirName}’s changed after you started agreeing. Answers already in the agreed version keep their earlier text; the
            columns show the latest answers.
          </p>
          <p>
            <button type="button" onClick={restart} disabled={disabled}>
              Start the agreed version again from both copies
            </button>
          </p>
        </div>
      )}
      <p>
        <label class="check">
          <input type="checkbox" checked={onlyDifferences} onChange={(e) => setOnlyDifferences(e.currentTarget.checked)} /> Show only the questions
          where your answers differ
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
      {onlyDifferences && counts.differs === 0 && <p>Your answers do not differ anywhere.</p>}
      <p class="actions">
        <button type="button" class="primary" onClick={onNext}>
          Next: the agreed version
        </button>
      </p>
    </div>
  );
}
