/**
 * Receiving, for any tool: a pasted link, the page's own fragment or a chosen file becomes
 * content of one of the page's kinds, a request for the passphrase (as often as needed), or a
 * refusal in plain words. Nothing is stored here: `onOpened` gets what opened, and the tool
 * previews it and asks before anything changes.
 */
import { useRef, useState } from 'preact/hooks';
import type { AnyKind, Outcome, Parcel, Receiver, Via } from '../../../lib/exchange';
import { MAX_READ_CHARS } from '../../../lib/exchange/link';
import { useI18n } from '../i18n';
import { loadExchange } from './api';

export interface Legacy<K extends AnyKind> {
  /** A link in a format older than the envelope; null when the input is not one. */
  link?: (input: string) => Promise<Outcome<K> | null>;
  /** A file in an older format (tried when the file is not an exchange file). */
  file?: (text: string, size: number) => Promise<Outcome<K>>;
}

/** What is open now. `via` says where it came from: the page's own address, a paste, a file. */
export type Source = 'opened' | 'pasted' | 'file';

export type ReceiveState<K extends AnyKind> =
  | { step: 'idle' }
  | { step: 'busy'; source: Source }
  | { step: 'passphrase'; source: Source; parcel: Parcel; spec: K; wrong: boolean; message: string | null; tries: number; checking: boolean }
  | { step: 'refused'; source: Source; message: string };

/** The refusal's message when what came from `source` was refused, else null: for the field it came through. */
export const refusedFrom = (state: ReceiveState<AnyKind>, source: Source): string | null => (state.step === 'refused' && state.source === source ? state.message : null);

export type Opened<K extends AnyKind> = Extract<Outcome<K>, { status: 'ok' }> & { source: Source };

export interface ReceiveOptions<K extends AnyKind> {
  legacy?: Legacy<K>;
  onOpened: (opened: Opened<K>) => void;
}


export function useReceive<K extends AnyKind>(receiver: Receiver<K>, { legacy, onOpened }: ReceiveOptions<K>) {
  const { t } = useI18n();
  const TOO_LONG = t('shared.receive.tooLong', { max: MAX_READ_CHARS });
  const LOAD_FAILED = t('shared.receive.loadFailed');
  const [state, setState] = useState<ReceiveState<K>>({ step: 'idle' });
  const opened = useRef(onOpened);
  opened.current = onOpened;

  const settle = (outcome: Outcome<K>, source: Source, parcel: Parcel | null, tries = 0) => {
    if (outcome.status === 'ok') {
      setState({ step: 'idle' });
      opened.current({ ...outcome, source });
    } else if (outcome.status === 'passphrase' && parcel)
      setState({ step: 'passphrase', source, parcel, spec: outcome.spec, wrong: outcome.wrong, message: outcome.message, tries, checking: false });
    else setState({ step: 'refused', source, message: outcome.status === 'refused' ? outcome.message : LOAD_FAILED });
  };
  const guarded = async (source: Source, job: () => Promise<void>) => {
    setState({ step: 'busy', source });
    try {
      await job();
    } catch {
      setState({ step: 'refused', source, message: LOAD_FAILED });
    }
  };

  /** A pasted link or the page's fragment: refused by its length before anything else reads it. */
  const fromLink = (input: string, source: Source = 'pasted') => {
    if (input.length > MAX_READ_CHARS) return setState({ step: 'refused', source, message: TOO_LONG });
    return guarded(source, async () => {
      const old = await legacy?.link?.(input);
      if (old) return settle(old, source, null);
      const api = await loadExchange();
      const arrival = api.arriveByLink(input, receiver, t);
      if (!arrival.ok) return setState({ step: 'refused', source, message: arrival.message });
      settle(await api.openParcel(arrival.parcel, receiver, null, t), source, arrival.parcel);
    });
  };

  /** A file already read (`size` in bytes): My data reads the file itself, to tell its own formats apart. */
  const fromFileText = (text: string, size: number) =>
    guarded('file', async () => {
      const api = await loadExchange();
      const arrival = api.arriveByFile(text, receiver, size, t);
      if (arrival === null) {
        if (legacy?.file) return settle(await legacy.file(text, size), 'file', null);
        return setState({ step: 'refused', source: 'file', message: t('shared.receive.noKind', { expected: receiver.expected }) });
      }
      if (!arrival.ok) return setState({ step: 'refused', source: 'file', message: arrival.message });
      settle(await api.openParcel(arrival.parcel, receiver, null, t), 'file', arrival.parcel);
    });

  const fromFile = (file: File) =>
    guarded('file', async () => {
      const api = await loadExchange();
      // A huge file is refused by its size before it is read into memory.
      await fromFileText(file.size > api.maxFileBytes(receiver.kinds) ? '' : await file.text(), file.size);
    });

  /** Tries a passphrase; a wrong one says so and asks again, with no limit on tries. */
  const unlock = async (passphrase: string) => {
    if (state.step !== 'passphrase' || state.checking) return;
    const { parcel, source, tries } = state;
    setState({ ...state, checking: true });
    try {
      const api = await loadExchange();
      settle(await api.openParcel(parcel, receiver, passphrase, t), source, parcel, tries + 1);
    } catch {
      setState({ step: 'refused', source, message: LOAD_FAILED });
    }
  };

  return { state, fromLink, fromFile, fromFileText, unlock, reset: () => setState({ step: 'idle' }) };
}

export type { Via };
