/**
 * What a form shows while it holds a draft: that it is a draft, with the form's save button and
 * Discard; and the "are you sure?" step before Cancel or Discard throws away more than a few words.
 */
import { plural } from '../../lib/text';
import { Confirm } from './Confirm';
import type { Draft } from './useDraft';

export interface BannerProps {
  draft: Draft;
  /** Says plainly what is not saved yet: "Draft, not yet added to your goals." */
  text: string;
  /** The submit button's label here: "Add this goal". */
  saveLabel: string;
  discardLabel?: string;
  /** Runs once the draft is dropped: close the form, or put it back as it started. */
  onDiscard: () => void;
  disabled?: boolean;
}

export function DraftBanner({ draft, text, saveLabel, discardLabel = 'Discard draft', onDiscard, disabled }: BannerProps) {
  if (!draft.isDraft && draft.asking !== 'discard') return null;
  return (
    <div class="notice draft-note">
      <p>
        <strong>{text}</strong> {draft.restored ? 'It was kept in this browser as you typed, and is back where you left it.' : 'It is kept in this browser as you type.'}
      </p>
      <p class="actions">
        <button type="submit" class="primary" disabled={disabled}>
          {saveLabel}
        </button>
        <button type="button" onClick={() => draft.leave('discard', onDiscard)}>
          {discardLabel}
        </button>
      </p>
      <DraftConfirm draft={draft} kind="discard" />
    </div>
  );
}

/** The question before throwing away what was typed: render it where the button that asks is (`kind`). */
export function DraftConfirm({ draft, kind }: { draft: Draft; kind: 'cancel' | 'discard' }) {
  if (draft.asking !== kind) return null;
  return (
    <Confirm
      question="Throw away what you typed?"
      warning={`The ${plural(draft.words, 'word')} you typed here ${draft.words === 1 ? 'is' : 'are'} not saved, and will be gone. This cannot be undone.`}
      confirmLabel="Yes, throw it away"
      cancelLabel="Keep editing"
      onConfirm={() => draft.answer(true)}
      onCancel={() => draft.answer(false)}
    />
  );
}
