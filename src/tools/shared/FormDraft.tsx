/**
 * A form's draft as a component, for a form that ships at start and loads the draft code when
 * first needed (the worksheet's start form), alone on its page: it keeps the page's drafts and
 * the form's draft, puts a kept draft back (with focus where it was), and shows the draft
 * banner, whose Discard puts the form back as it started. `handle` gives the form the draft, to
 * end it once the form is saved.
 */
import { readFields, type Checks } from '../drafts/model';
import { DraftBanner, type BannerProps } from './DraftBanner';
import { DraftKeeper, useDraft, type Draft } from './useDraft';

export interface FormDraftProps<F extends object> extends Omit<BannerProps, 'draft' | 'onDiscard'> {
  /** "<tool>:<form>", e.g. "expectations:start" (`key` is Preact's own prop). */
  draftKey: string;
  /** The id of the <form>. */
  formId: string;
  /** The form's fields now, where it started, and how to set them. */
  values: F;
  start: F;
  set: (values: F) => void;
  /** Checks of the fields a stored draft may hold wrong (the rest need only be of the right kind). */
  checks?: Checks<F>;
  handle: { current: Draft | null };
}

export function FormDraft<F extends object>({ draftKey, formId, values, start, set, checks, handle, ...banner }: FormDraftProps<F>) {
  const [tool, form] = draftKey.split(':') as [string, string];
  const draft = useDraft({ key: draftKey, tool, form, formId, values, start, read: (f) => readFields(values, f, checks), restore: set, resume: draftKey });
  handle.current = draft;
  const discard = () => {
    set(start);
    document.querySelector<HTMLElement>(`#${formId} [tabindex="-1"]`)?.focus();
  };
  return (
    <>
      <DraftKeeper />
      <DraftBanner draft={draft} onDiscard={discard} {...banner} />
    </>
  );
}
