/**
 * Every form's fields kept as they are typed, so a reload, a crash or a dropped tab loses
 * nothing: the one hook the tools' forms use, over the drafts store (src/tools/drafts).
 *
 * One drafts document per page: DraftKeeper holds it through usePersistentState (which reads
 * in an effect, debounces writes and follows other tabs) and every form on the page reads and
 * writes its own entry through it, so two open forms never overwrite each other. A form keeps
 * its values in its own state; the hook writes them, in an effect, once they differ from
 * where the form started, puts a stored draft back when the form opens, and focuses the
 * control last focused when the page reopens the form. Loaded with the forms, not at start.
 */
import { h, type FunctionComponent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { store } from '../drafts/store';
import { applyChanged, ASK_ABOVE_WORDS, draftKeys, findForm, putForm, removeForm, sameValue, typedWords } from '../drafts/model';
import { DRAFTS_TOOL } from '../drafts/peek';
import type { DraftsData, Fields } from '../drafts/schema';
import { toolKey } from '../../lib/storage/keys';
import { BASE } from '../../lib/paths';
import { focusControl } from './focus';
import type { Props as NoticeProps } from './StorageNoticeView';
import { usePersistentState, type PersistentState } from './usePersistentState';

let kept: PersistentState<DraftsData> | null = null;
const listeners = new Set<() => void>();
/** Keys held by the forms open on this page: a new form adopts only a draft no other form holds. */
const held = new Set<string>();

/**
 * Holds the page's drafts. Render one per island, beside its forms (never inside one that closes
 * while another stays open), where a notice may show: when another tab deletes the drafts while
 * this page has some unsaved, it asks whether to keep them (the tools' own notices cover the rest).
 */
export function DraftKeeper() {
  const drafts = usePersistentState(store);
  const deleted = drafts.status.kind === 'deleted';
  const [View, setView] = useState<FunctionComponent<NoticeProps<DraftsData>> | null>(null);
  useEffect(() => {
    if (deleted && !View) void import('./StorageNoticeView').then((m) => setView(() => m.StorageNoticeView as FunctionComponent<NoticeProps<DraftsData>>));
  }, [deleted]);
  // Only when the drafts change: the forms re-render on it, and may re-render this keeper (FormDraft).
  useEffect(() => {
    kept = drafts;
    for (const l of listeners) l();
  }, [drafts.state, drafts.status]);
  useEffect(
    () => () => {
      kept = null;
      for (const l of listeners) l();
    },
    [],
  );
  return deleted && View ? h(View, { def: store, status: drafts.status, data: drafts.state }) : null;
}

/** The keys of a tool's drafts as stored, newest first: what a page reopens when it loads (before DraftKeeper has read them). */
export function storedDraftKeys(tool: string): string[] {
  try {
    return draftKeys(localStorage.getItem(toolKey(BASE, DRAFTS_TOOL)), tool);
  } catch {
    return [];
  }
}

/**
 * Whether a draft whose key starts with `prefix` is kept: for a view deciding to open the form it
 * belongs to. Until the drafts are read, `atLoad` answers (the keys the page found at start).
 */
export function hasDraft(prefix: string, atLoad: readonly string[] = []): boolean {
  const keys = kept?.loaded ? Object.keys(kept.state.forms) : atLoad;
  return keys.some((k) => k.startsWith(prefix));
}

export interface DraftOptions<F extends object> {
  /** This form's key (drafts/model.ts formKey), e.g. "goal-planner:edit:<goal id>". */
  key: string;
  /** New items whose id is in the key: with no draft under `key`, take the newest draft whose key starts with this. */
  adopt?: string;
  tool: string;
  form: string;
  /** The id of the <form> element: the control last focused inside it is kept with the draft. */
  formId: string;
  /** The form's values now. */
  values: F;
  /** Where the form started, when the hook comes later than the form (FormDraft loads on first use): default, the values at the hook's first render. */
  start?: F;
  /** Edit forms: the saved values the form opened with; saving writes only what differs from them. */
  base?: F;
  /** A stored draft's fields (or base) as the form's values: every value checked, anything unreadable left as the form had it. */
  read: (fields: Fields) => F;
  /** Edit forms: a draft made against an older `base`, replayed over the saved values now (default: its changed fields over them). */
  rebase?: (current: F, base: F, edited: F) => F;
  /** Puts a stored draft into the form; `key` is the draft's (another than `key` when adopted). */
  restore: (values: F, key: string) => void;
  /** The draft the page reopens first (the newest): restoring it focuses the control last focused. */
  resume?: string | undefined;
}

export interface Draft {
  /** Something typed is kept as a draft (or came back from one). */
  isDraft: boolean;
  /** The form holds a draft kept earlier (after a reload, or from another tab). */
  restored: boolean;
  /** Words typed since the form opened: what leaving would throw away. */
  words: number;
  /** The form was saved: its draft goes. */
  done: () => void;
  /** Cancel or Discard: asks first when more than a few words would go, then drops the draft and runs `then`. */
  leave: (kind: 'cancel' | 'discard', then: () => void) => void;
  /** Which question is open, if any. */
  asking: 'cancel' | 'discard' | null;
  answer: (discard: boolean) => void;
}

export function useDraft<F extends object>(options: DraftOptions<F>): Draft {
  const o = useRef(options);
  o.current = options;
  const [, setVersion] = useState(0);
  const [key, setKey] = useState(options.key);
  const [restored, setRestored] = useState(false);
  const [asking, setAsking] = useState<Draft['asking']>(null);
  const start = useRef(options.start ?? options.values);
  const looked = useRef(false);
  const closed = useRef(false);
  const written = useRef<F | null>(null);
  /** The values when the person threw the draft away: it stays away until they type again. */
  const dropped = useRef<F | null>(null);
  const focused = useRef('');
  const focusNext = useRef('');
  const then = useRef<() => void>(() => undefined);
  const keyRef = useRef(key);
  keyRef.current = key;

  useEffect(() => {
    const changed = () => setVersion((n) => n + 1);
    listeners.add(changed);
    const onFocus = (e: FocusEvent) => {
      const el = e.target as HTMLElement | null;
      if (!el?.id || !document.getElementById(o.current.formId)?.contains(el) || el.id === focused.current) return;
      focused.current = el.id;
      const k = keyRef.current;
      const entry = kept?.state.forms[k];
      if (entry && !closed.current) kept!.setState((d) => (d.forms[k] ? { forms: { ...d.forms, [k]: { ...d.forms[k]!, focus: el.id } } } : d));
    };
    document.addEventListener('focusin', onFocus);
    // The hook may come after the first focus (FormDraft loads on it).
    const now = document.activeElement as HTMLElement | null;
    if (now?.id && document.getElementById(o.current.formId)?.contains(now)) focused.current ||= now.id;
    return () => {
      listeners.delete(changed);
      document.removeEventListener('focusin', onFocus);
    };
  }, []);

  useEffect(() => {
    held.add(key);
    return () => void held.delete(key);
  }, [key]);

  const { values, base } = options;
  const dirty = !sameValue(values, start.current);

  useEffect(() => {
    if (focusNext.current && document.getElementById(focusNext.current)) {
      focusControl(focusNext.current);
      focusNext.current = '';
    }
    const drafts = kept;
    if (!drafts?.loaded || closed.current) return;
    const opt = o.current;
    if (!looked.current) {
      looked.current = true;
      const others = new Set([...held].filter((k) => k !== key));
      const found = dirty ? undefined : findForm(drafts.state, key, opt.adopt, others);
      if (found) {
        const [k, entry] = found;
        const fields = opt.read(entry.fields);
        const next = opt.base && entry.base ? (opt.rebase ?? applyChanged)(opt.base, opt.read(entry.base), fields) : fields;
        // Already stored as it is, unless it was replayed over newer saved values or adopted under another key.
        written.current = k === key && sameValue(next, fields) ? next : null;
        focused.current = entry.focus;
        if (opt.resume === k && entry.focus) focusNext.current = entry.focus;
        setKey(k);
        setRestored(true);
        opt.restore(next, k);
        return;
      }
    }
    if (dropped.current && sameValue(values, dropped.current)) return;
    dropped.current = null;
    const entry = drafts.state.forms[key];
    if (!dirty) {
      // Back where it started (everything typed was deleted): nothing to keep.
      if (written.current && entry) drafts.setState((d) => removeForm(d, key));
      written.current = null;
      return;
    }
    // Write what changed here, or put back a draft that went missing (another tab's write raced ours);
    // a draft of the same form written by another tab is left alone until this one changes.
    if (entry && sameValue(values, written.current)) return;
    written.current = values;
    const input = { tool: opt.tool, form: opt.form, fields: values as unknown as Fields, focus: focused.current };
    drafts.setState((d) => putForm(d, key, base ? { ...input, base: base as unknown as Fields } : input, new Date()));
  });

  const drop = () => {
    written.current = null;
    dropped.current = o.current.values;
    const k = keyRef.current;
    kept?.setState((d) => removeForm(d, k));
  };
  const words = typedWords(values, base ?? start.current);
  return {
    isDraft: dirty,
    restored,
    words,
    done: () => {
      closed.current = true;
      drop();
    },
    leave: (kind, next) => {
      if (words > ASK_ABOVE_WORDS) {
        then.current = next;
        setAsking(kind);
        return;
      }
      drop();
      next();
    },
    asking,
    answer: (discard) => {
      setAsking(null);
      if (!discard) return;
      drop();
      then.current();
    },
  };
}
