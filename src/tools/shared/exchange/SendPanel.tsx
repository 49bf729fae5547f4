/**
 * Sending, for any tool: an optional passphrase, "Make a link" (the content packed into the
 * link's fragment), "Copy the link", a QR code on request, and the same envelope as a file.
 * The exchange module loads on the first click (api.ts). The tool supplies what to pack.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { downloadText } from '../../../lib/download';
import { guideUrl } from '../../../lib/paths';
import { MAX_LINK_CHARS } from '../../../lib/exchange/link';
import { useT } from '../i18n';
import { rich } from '../rich';
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
  const t = useT();
  const { secret, setSecret, secretError, busy, failed, seal, run } = useSeal({
    fieldId: `${id}-passphrase`,
    instead: t('shared.send.instead'),
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
        announce(t(made.protected ? 'shared.send.madeProtected' : 'shared.send.made', { length: result.url.length }));
      } else {
        setLink(null);
        const message = t('shared.send.linkTooLong', { length: result.length, max: MAX_LINK_CHARS });
        setTooLong(message);
        announce(message);
      }
    });
  const download = () =>
    run(async () => {
      const made = await token();
      if (!made) return;
      downloadText(fileName(), made.api.exchangeFileText(kind, made.token, made.protected), 'application/json');
      announce(t(made.protected ? 'shared.send.fileProtected' : 'shared.send.file'));
    });
  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link.url);
      announce(t('shared.send.copied'));
    } catch {
      fieldRef.current?.select();
      announce(t('shared.send.copyBlocked'));
    }
  };

  return (
    <div aria-busy={busy || undefined}>
      <p class="hint" id={`${id}-privacy`}>
        {rich(
          t,
          'shared.send.privacy',
          { what },
          { title: <strong>{t('shared.send.privacyTitle')}</strong>, link: <a href={guideUrl('start-here/private-exchange')}>{t('shared.send.privacyLink')}</a> },
        )}
      </p>
      <PassphraseChoice id={id} value={secret} onChange={setSecret} error={secretError} recipient={recipient} note={suggested?.note} />
      <p class="actions">
        <button type="button" class="primary" onClick={() => void make()}>
          {busy ? t('shared.send.working') : link ? labels.remake : labels.make}
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
            {outdated ? t('shared.send.outdated') : link.protected ? t('shared.send.tellPassphrase', { recipient }) : t('shared.send.anyone')}
          </p>
          <textarea id={`${id}-link`} ref={fieldRef} rows={3} readOnly value={link.url} aria-describedby={`${id}-link-hint`} onFocus={(e) => e.currentTarget.select()} />
          <p class="actions">
            <button type="button" onClick={() => void copy()}>
              {t('shared.send.copy')}
            </button>
            <button type="button" aria-expanded={qr} onClick={() => setQr(!qr)}>
              {qr ? t('shared.send.hideQr') : t('shared.send.showQr')}
            </button>
          </p>
          {qr && <QrCode id={id} url={link.url} />}
        </div>
      )}
    </div>
  );
}
