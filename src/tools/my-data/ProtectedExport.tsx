/**
 * "Download all my data, protected by a passphrase": the full export, encrypted in this browser
 * (AES-GCM with a key from the passphrase; see src/lib/exchange/crypto.ts) before it is saved.
 * The crypto loads on the first protected download, never with the page.
 */
import { useState } from 'preact/hooks';
import { downloadText } from '../../lib/download';
import { passphraseProblem } from '../../lib/exchange/pack';
import type { AnyDefinition } from '../../lib/storage';
import { useI18n } from '../shared/i18n';
import { PassphraseChoice, type PassphraseValue } from '../shared/exchange/PassphraseChoice';
import { fullExport, noteFullExport } from './full-export';
import { protectedFileName, protectExport } from './protected-export';

interface Props {
  storage: Storage;
  defs: AnyDefinition[];
  siteName: string;
  announce: (message: string) => void;
  disabled: boolean;
}

export function ProtectedExport({ storage, defs, siteName, announce, disabled }: Props) {
  const i = useI18n();
  const { t } = i;
  const [secret, setSecret] = useState<PassphraseValue>({ protect: false, passphrase: '' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const download = async () => {
    const problem = passphraseProblem(secret.passphrase);
    setError(problem);
    if (problem) return document.getElementById('export-passphrase')?.focus();
    const now = new Date();
    const file = fullExport(storage, defs, siteName, now, i.lang);
    if (!file) return announce(t('myData.nothingToExport'));
    setBusy(true);
    try {
      const name = protectedFileName(now);
      downloadText(name, await protectExport(file.text, secret.passphrase), 'application/json');
      noteFullExport(storage, now);
      announce(t('myData.export.downloadedProtected', { name }));
    } catch {
      setError(t('myData.export.protectFailed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <PassphraseChoice
        id="export"
        value={secret}
        onChange={setSecret}
        error={error}
        recipient=""
        label={t('myData.export.protectLabel')}
        hint={t('myData.export.protectHint')}
      />
      {secret.protect && (
        <p>
          <button type="button" class="primary" onClick={() => void download()} disabled={disabled} aria-busy={busy || undefined}>
            {t(busy ? 'myData.export.encrypting' : 'myData.export.allProtected')}
          </button>
        </p>
      )}
    </div>
  );
}
