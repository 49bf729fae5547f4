/**
 * "Download all my data, protected by a passphrase": the full export, encrypted in this browser
 * (AES-GCM with a key from the passphrase; see src/lib/exchange/crypto.ts) before it is saved.
 * The crypto loads on the first protected download, never with the page.
 */
import { useState } from 'preact/hooks';
import { downloadText } from '../../lib/download';
import { passphraseProblem } from '../../lib/exchange/pack';
import type { AnyDefinition } from '../../lib/storage';
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
  const [secret, setSecret] = useState<PassphraseValue>({ protect: false, passphrase: '' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const download = async () => {
    const problem = passphraseProblem(secret.passphrase);
    setError(problem);
    if (problem) return document.getElementById('export-passphrase')?.focus();
    const now = new Date();
    const file = fullExport(storage, defs, siteName, now);
    if (!file) return announce('There is nothing to export yet.');
    setBusy(true);
    try {
      const name = protectedFileName(now);
      downloadText(name, await protectExport(file.text, secret.passphrase), 'application/json');
      noteFullExport(storage, now);
      announce(`Downloaded ${name}, protected by your passphrase.`);
    } catch {
      setError('The protected file could not be made. Check your connection, then try again.');
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
        label="Protect the file with a passphrase"
        hint="Keep it somewhere other than the file: without it nobody can open the file, you included, and it cannot be recovered."
      />
      {secret.protect && (
        <p>
          <button type="button" class="primary" onClick={() => void download()} disabled={disabled} aria-busy={busy || undefined}>
            {busy ? 'Encrypting…' : 'Download all my data, protected'}
          </button>
        </p>
      )}
    </div>
  );
}
