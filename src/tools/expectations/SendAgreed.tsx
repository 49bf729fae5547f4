/** "Send the agreed version": the shared send panel over the agreed version, for the other person to read, print or import. */
import { SendPanel } from '../shared/exchange/SendPanel';
import { sendAgreed } from './agreed-exchange';
import { agreedFileName } from './copy-file';
import { agreedKind, LINK_KEY } from './exchange-kinds';
import { otherRole, type Agreed, type Copy } from './model';

interface Props {
  mine: Copy;
  agreed: Agreed;
  announce: (message: string) => void;
}

const LABELS = {
  make: 'Make a link to the agreed version',
  remake: 'Make a new link to the agreed version',
  link: 'Link to the agreed version',
  file: 'Download the agreed version as a file',
};

export function SendAgreed({ mine, agreed, announce }: Props) {
  const other = otherRole(mine.role);
  const otherName = mine.names[other].trim() || `your ${other}`;
  return (
    <section class="ew-section no-print" aria-labelledby="ew-send-agreed-title">
      <h3 id="ew-send-agreed-title">Send the agreed version to {otherName}</h3>
      <p>
        So that you both keep the same agreement: {otherName} can read it, print it, or import it as their own agreed version, in place of the one they
        started.
      </p>
      <SendPanel
        id="ew-agreed"
        kind={agreedKind.id}
        linkKey={LINK_KEY}
        labels={LABELS}
        what="the agreed answers"
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
