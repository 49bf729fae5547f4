/** "Send your copy": the shared send panel (link, QR code, file, optional passphrase) over this copy. */
import { SendPanel } from '../shared/exchange/SendPanel';
import { copyKind, LINK_KEY } from './exchange-kinds';
import { fileName } from './copy-file';
import type { Copy } from './schema';

interface Props {
  mine: Copy;
  /** The other person's name, or "your mentee". */
  recipient: string;
  /** False when the copy has problems to fix first. */
  guard: () => boolean;
  announce: (message: string) => void;
}

const LABELS = { make: 'Make a link to your copy', remake: 'Make a new link to your copy', link: 'Link to your copy', file: 'Download your copy as a file' };

export function SendLink({ mine, recipient, guard, announce }: Props) {
  return (
    <SendPanel
      id="ew"
      kind={copyKind.id}
      linkKey={LINK_KEY}
      labels={LABELS}
      what="your answers"
      recipient={recipient}
      version={mine.updatedAt}
      pack={async (passphrase) => (await import('./share')).packCopy(mine, passphrase)}
      guard={guard}
      fileName={() => fileName(mine, new Date())}
      announce={announce}
    />
  );
}
