/**
 * The sending half every exchange panel shares (SendPanel, the program survey's Review): the
 * passphrase choice, its check, "busy" while the exchange module loads and packs, and one plain
 * failure message. `seal()` gives the exchange module and the passphrase to pack with, or null
 * after putting the problem at the passphrase field (too short, or no encryption over http).
 */
import { useState } from 'preact/hooks';
import { loadExchange } from './api';
import { focusControl } from '../focus';
import { useT } from '../i18n';
import type { PassphraseValue } from './PassphraseChoice';

export type ExchangeApi = Awaited<ReturnType<typeof loadExchange>>;

interface Options {
  /** The passphrase field's id (PassphraseChoice's `${id}-passphrase`), focused when it needs fixing. */
  fieldId: string;
  /** What to do instead when the browser cannot encrypt: "send it", "save the file" (in the page's language). */
  instead: string;
  initial?: PassphraseValue;
}

export function useSeal({ fieldId, instead, initial = { protect: false, passphrase: '' } }: Options) {
  const t = useT();
  const [secret, setSecret] = useState<PassphraseValue>(initial);
  const [secretError, setSecretError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);

  const seal = async (): Promise<{ api: ExchangeApi; passphrase: string | null } | null> => {
    const api = await loadExchange();
    const problem = !secret.protect
      ? null
      : api.cryptoAvailable()
        ? api.passphraseProblem(secret.passphrase, t)
        : t('shared.passphrase.noCrypto', { instead });
    setSecretError(problem);
    if (problem) {
      focusControl(fieldId);
      return null;
    }
    return { api, passphrase: secret.protect ? secret.passphrase : null };
  };

  /** Runs one send action at a time; a failure (the module did not load) becomes one message. */
  const run = async (job: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setFailed(null);
    try {
      await job();
    } catch {
      setFailed(t('shared.send.failed'));
    } finally {
      setBusy(false);
    }
  };

  return { secret, setSecret, secretError, busy, failed, seal, run };
}
