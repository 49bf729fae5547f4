/**
 * A protected export chosen for import: asks for its passphrase (as often as needed: a wrong
 * one only says so), then hands what it holds to the import panel, which reads it as any export.
 */
import { useEffect } from 'preact/hooks';
import { UnlockForm } from '../shared/exchange/UnlockForm';
import { useT } from '../shared/i18n';
import { useReceive } from '../shared/exchange/useReceive';
import { exportReceiver } from './protected-export';

interface Props {
  text: string;
  size: number;
  /** The export's own text, once opened. */
  onOpen: (exportText: string) => void;
  onError: (message: string) => void;
  onCancel: () => void;
}

export function ProtectedImport({ text, size, onOpen, onError, onCancel }: Props) {
  const t = useT();
  const rx = useReceive(exportReceiver, { onOpened: (o) => onOpen(JSON.stringify(o.value)) });
  useEffect(() => void rx.fromFileText(text, size), [text]);
  useEffect(() => {
    if (rx.state.step === 'refused') onError(rx.state.message);
  }, [rx.state]);
  if (rx.state.step !== 'passphrase') return rx.state.step === 'busy' ? <p>{t('myData.import.reading')}</p> : null;
  return (
    <UnlockForm
      id="import-unlock"
      what={t('myData.import.unlockWhat')}
      sender={t('myData.import.unlockSender')}
      advice={t('myData.import.unlockAdvice')}
      message={rx.state.message}
      tries={rx.state.tries}
      checking={rx.state.checking}
      onUnlock={(p) => void rx.unlock(p)}
      onCancel={onCancel}
    />
  );
}
