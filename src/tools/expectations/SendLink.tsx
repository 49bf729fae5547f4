/** "Send your copy": the shared send panel (link, QR code, file, optional passphrase) over this copy. */
import { SendPanel } from '../shared/exchange/SendPanel';
import { copyKind, LINK_KEY } from './exchange-kinds';
import { fileName } from './copy-file';
import type { Copy } from './schema';
import { useT } from '../shared/i18n';

interface Props {
  mine: Copy;
  /** The other person's name, or "your mentee". */
  recipient: string;
  /** False when the copy has problems to fix first. */
  guard: () => boolean;
  announce: (message: string) => void;
}

export function SendLink({ mine, recipient, guard, announce }: Props) {
  const t = useT();
  const labels = {
    make: t('expectations.sendLink.make'),
    remake: t('expectations.sendLink.remake'),
    link: t('expectations.sendLink.link'),
    file: t('expectations.sendLink.file'),
  };
  return (
    <SendPanel
      id="ew"
      kind={copyKind.id}
      linkKey={LINK_KEY}
      labels={labels}
      what={t('expectations.sendLink.what')}
      recipient={recipient}
      version={mine.updatedAt}
      pack={async (passphrase) => (await import('./share')).packCopy(mine, passphrase)}
      guard={guard}
      fileName={() => fileName(mine, new Date())}
      announce={announce}
    />
  );
}
