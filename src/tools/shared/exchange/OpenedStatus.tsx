/**
 * Where a receiving view stands with what came in: a link opened on this page that could not be
 * read, one being opened, or the passphrase asked for (whatever it came through). Shared by the
 * goal planner's and the pair's exchange views.
 */
import type { AnyKind } from '../../../lib/exchange';
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
  const refused = refusedFrom(state, 'opened');
  return (
    <>
      {refused && (
        <div class="notice danger" role="alert">
          <p>
            <strong>The link you opened could not be read.</strong> {refused} Nothing was changed.
          </p>
        </div>
      )}
      {state.step === 'busy' && state.source === 'opened' && <p>Opening the link…</p>}
      {state.step === 'passphrase' && (
        <UnlockForm
          id={id}
          what={state.source === 'opened' ? 'the link you opened' : state.source === 'file' ? 'this file' : 'this link'}
          sender="the person who sent it"
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
