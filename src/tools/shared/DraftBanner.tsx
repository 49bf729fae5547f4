/**
 * What a form shows while it holds a draft: that it is a draft, with the form's save button and
 * Discard; and the "are you sure?" step before Cancel or Discard throws away more than a few words.
 */
import { Confirm } from './Confirm';
import { useT } from './i18n';
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

export function DraftBanner({ draft, text, saveLabel, discardLabel, onDiscard, disabled }: BannerProps) {
  const t = useT();
  if (!draft.isDraft && draft.asking !== 'discard') return null;
  return (
    <div class="notice draft-note">
      <p>
        <strong>{text}</strong> {t(draft.restored ? 'shared.draft.restored' : 'shared.draft.kept')}
      </p>
      <p class="actions">
        <button type="submit" class="primary" disabled={disabled}>
          {saveLabel}
        </button>
        <button type="button" onClick={() => draft.leave('discard', onDiscard)}>
          {discardLabel ?? t('shared.draft.discard')}
        </button>
      </p>
      <DraftConfirm draft={draft} kind="discard" />
    </div>
  );
}

/** The question before throwing away what was typed: render it where the button that asks is (`kind`). */
export function DraftConfirm({ draft, kind }: { draft: Draft; kind: 'cancel' | 'discard' }) {
  const t = useT();
  if (draft.asking !== kind) return null;
  return (
    <Confirm
      question={t('shared.draft.question')}
      warning={t('shared.draft.warning', { count: draft.words })}
      confirmLabel={t('shared.draft.confirm')}
      cancelLabel={t('shared.draft.keepEditing')}
      onConfirm={() => draft.answer(true)}
      onCancel={() => draft.answer(false)}
    />
  );
}
