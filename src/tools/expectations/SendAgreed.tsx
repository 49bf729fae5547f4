/** "Send the agreed version": the shared send panel over the agreed version, for the other person to read, print or import. */
import { SendPanel } from '../shared/exchange/SendPanel';
import { sendAgreed } from './agreed-exchange';
import { agreedFileName } from './copy-file';
import { agreedKind, LINK_KEY } from './exchange-kinds';
import { otherName as otherNameOf, type Agreed, type Copy } from './model';
import { useT } from '../shared/i18n';

interface Props {
  mine: Copy;
  agreed: Agreed;
  announce: (message: string) => void;
}

export function SendAgreed({ mine, agreed, announce }: Props) {
  const t = useT();
  const otherName = otherNameOf(mine, t);
  const labels = {
    make: t('expectations.sendAgreed.make'),
    remake: t('expectations.sendAgreed.remake'),
    link: t('expectations.sendAgreed.link'),
    file: t('expectations.sendAgreed.file'),
  };
  return (
    <section class="ew-section no-print" aria-labelledby="ew-send-agreed-title">
      <h3 id="ew-send-agreed-title">{t('expectations.sendAgreed.title', { name: otherName })}</h3>
      <p>{t('expectations.sendAgreed.intro', { name: otherName })}</p>
      <SendPanel
        id="ew-agreed"
        kind={agreedKind.id}
        linkKey={LINK_KEY}
        labels={labels}
        what={t('expectations.sendAgreed.what')}
        recipient={otherName}
        // Until the first decision the agreed version is recomputed on each render: its answers, not its time, say whether a link is out of date.
        version={JSON.stringify([agreed.names, agreed.answers, agreed.sources])}
        pack={async (passphrase) => (await import('./share')).packAgreed(sendAgreed(mine, agreed), passphrase)}
        fileName={() => agreedFileName(mine.role, new Date())}
        announce={announce}
      />
    </section>
  );
}
