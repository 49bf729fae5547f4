/**
 * Where a receiving view stands with what came in: a link opened on this page that could not be
 * read, one being opened, or the passphrase asked for (whatever it came through). Shared by the
 * goal planner's and the pair's exchange views.
 */
import type { AnyKind } from '../../../lib/exchange';
import { useT } from '../i18n';
import { UnlockForm } from './UnlockForm';
import { refusedFrom, type ReceiveState } from './useReceive';

interface Props {
  /** The unlock form's id prefix. */
  id: string;
  state: ReceiveState<AnyKind>;
  onUnlock: (passphrase: string) => void;
  onCancel: () => void;
}

export function OpenedStatus({ id, state, onUnlock, onCancel }: Props) {
  const t = useT();
  const refused = refusedFrom(state, 'opened');
  return (
    <>
      {refused && (
        <div class="notice danger" role="alert">
          <p>
            <strong>{t('shared.opened.failed')}</strong> {refused} {t('shared.opened.unchanged')}
          </p>
        </div>
      )}
      {state.step === 'busy' && state.source === 'opened' && <p>{t('shared.opened.opening')}</p>}
      {state.step === 'passphrase' && (
        <UnlockForm
          id={id}
          what={t(state.source === 'opened' ? 'shared.opened.whatOpened' : state.source === 'file' ? 'shared.opened.whatFile' : 'shared.opened.whatLink')}
          sender={t('shared.opened.sender')}
          message={state.message}
          tries={state.tries}
          checking={state.checking}
          onUnlock={onUnlock}
          onCancel={onCancel}
        />
      )}
    </>
  );
}
