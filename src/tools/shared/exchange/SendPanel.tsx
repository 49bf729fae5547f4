/**
 * Sending, for any tool: an optional passphrase, "Make a link" (the content packed into the
 * link's fragment), "Copy the link", a QR code on request, and the same envelope as a file.
 * The exchange module loads on the first click (api.ts). The tool supplies what to pack.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { downloadText } from '../../../lib/download';
import { guideUrl } from '../../../lib/paths';
import { formatNumber } from '../../../lib/text';
import { PassphraseChoice } from './PassphraseChoice';
import { useSeal, type ExchangeApi } from './useSeal';
import { QrCode } from './QrCode';

export interface SendLabels {
  /** "Make a link to your copy" */
  make: string;
  /** "Make a new link to your copy" */
  remake: string;
  /** "Link to your copy" */
  link: string;
  /** "Download your copy as a file" */
  file: string;
}

interface Props {
  /** Prefix of element ids: "ew" gives "ew-link", "ew-passphrase"… */
  id: string;
  /** The envelope kind ("expectations/copy") and the page's fragment key ("worksheet"). */
  kind: string;
  linkKey: string;
  labels: SendLabels;
  /** "your answers", "the goals you chose": what the link carries, for the privacy note. */
  what: string;
  /** "Tomás", "your mentor". */
  recipient: string;
  /** Changes whenever the content changes, so a link made before says it is out of date. */
  version: string;
  /** The content's token; `guard` first says whether it may be sent now. */
  pack: (passphrase: string | null) => Promise<string>;
  guard?: () => boolean;
  fileName: () => string;
  announce: (message: string) => void;
  /** A passphrase to start with, and why (the one that opened what this answers). */
  suggested?: { passphrase: string; note: string } | null;
}

type Made = { url: string; for: string; protected: boolean };

export function SendPanel({ id, kind, linkKey, labels, what, recipient, version, pack, guard, fileName, announce, suggested }: Props) {
  const { secret, setSecret, secretError, busy, failed, seal, run } = useSeal({
    fieldId: `${id}-passphrase`,
    instead: 'send it',
    initial: { protect: Boolean(suggested), passphrase: suggested?.passphrase ?? '' },
  });
  const [link, setLink] = useState<Made | null>(null);
  const [tooLong, setTooLong] = useState<string | null>(null);
  const [qr, setQr] = useState(false);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const stamp = `${version}|${secret.protect ? secret.passphrase : ''}`;
  const outdated = link !== null && link.for !== stamp;

  useEffect(() => {
    if (link && !outdated) fieldRef.current?.focus();
  }, [link]);

  /** The token, or null when sending must wait (problems to fix, a passphrase too short). */
  const token = async (): Promise<{ token: string; protected: boolean; api: ExchangeApi } | null> => {
    if (guard && !guard()) return null;
    const sealed = await seal();
    return sealed && { token: await pack(sealed.passphrase), protected: sealed.passphrase !== null, api: sealed.api };
  };
  const make = () =>
    run(async () => {
      const made = await token();
      if (!made) return;
      const result = made.api.makeLink(location.href, linkKey, made.token, 'This');
      setQr(false);
      if (result.ok) {
        setTooLong(null);
        setLink({ url: result.url, for: stamp, protected: made.protected });
        announce(`Link made: ${formatNumber(result.url.length)} characters${made.protected ? ', protected by your passphrase' : ''}.`);
      } else {
        setLink(null);
        setTooLong(result.message);
        announce(result.message);
      }
    });
  const download = () =>
    run(async () => {
      const made = await token();
      if (!made) return;
      downloadText(fileName(), made.api.exchangeFileText(kind, made.token, made.protected), 'application/json');
      announce(made.protected ? 'The file was downloaded, protected by your passphrase.' : 'The file was downloaded.');
    });
  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link.url);
      announce('The link is copied. Paste it into an email or a chat message.');
    } catch {
      fieldRef.current?.select();
      announce('Copying was blocked. The link is selected: press Control and C (or Command and C) to copy it.');
    }
  };

  return (
    <div aria-busy={busy || undefined}>
      <p class="hint" id={`${id}-privacy`}>
        <strong>Private by design:</strong> a link carries {what} after the “#”, which browsers never send to this site’s server. Without a passphrase,
        anyone who gets the link or file can read it; with one, only someone who also has the passphrase can. A link cannot be taken back once sent.{' '}
        <a href={guideUrl('start-here/private-exchange')}>How private exchange works</a>.
      </p>
      <PassphraseChoice id={id} value={secret} onChange={setSecret} error={secretError} recipient={recipient} note={suggested?.note} />
      <p class="actions">
        <button type="button" class="primary" onClick={() => void make()}>
          {busy ? 'Working…' : link ? labels.remake : labels.make}
        </button>
        <button type="button" onClick={() => void download()}>
          {labels.file}
        </button>
      </p>
      {failed && <p class="notice danger">{failed}</p>}
      {tooLong && <p class="notice warning">{tooLong}</p>}
      {link && (
        <div class="field">
          <label for={`${id}-link`}>{labels.link}</label>
          <p class="hint" id={`${id}-link-hint`}>
            {outdated
              ? 'You changed something after making this link: it holds the earlier version. Make a new link to include the changes.'
              : `Send it by email or chat. ${link.protected ? `Tell ${recipient} the passphrase another way.` : 'Anyone who has it can read it.'}`}
          </p>
          <textarea id={`${id}-link`} ref={fieldRef} rows={3} readOnly value={link.url} aria-describedby={`${id}-link-hint`} onFocus={(e) => e.currentTarget.select()} />
          <p class="actions">
            <button type="button" onClick={() => void copy()}>
              Copy the link
            </button>
            <button type="button" aria-expanded={qr} onClick={() => setQr(!qr)}>
              {qr ? 'Hide the QR code' : 'Show a QR code'}
            </button>
          </p>
          {qr && <QrCode id={id} url={link.url} />}
        </div>
      )}
    </div>
  );
}
