/**
 * The link as a QR code, for a phone across the table. The encoder (lean-qr's nano build,
 * about 2 KB gzip) loads on the first click; the code is drawn as one SVG path, dark on
 * white whatever the theme, since cameras need the contrast. A link past what a QR code
 * holds (about 2,900 characters of a link) says so instead.
 */
import { useEffect, useState } from 'preact/hooks';
import { qrPath } from '../../../lib/exchange/qr';
import { useI18n } from '../i18n';

interface Props {
  id: string;
  url: string;
}

type Drawn = { ok: true; d: string; viewBox: string } | { ok: false; message: string };

export function QrCode({ id, url }: Props) {
  const { t } = useI18n();
  const [drawn, setDrawn] = useState<Drawn | null>(null);
  useEffect(() => {
    let live = true;
    import('lean-qr/nano').then(
      ({ generate, correction }) => {
        let next: Drawn;
        try {
          next = { ok: true, ...qrPath(generate(url, { minCorrectionLevel: correction.L })) };
        } catch {
          next = { ok: false, message: t('shared.qr.tooLong', { length: url.length, max: 2900 }) };
        }
        if (live) setDrawn(next);
      },
      () => live && setDrawn({ ok: false, message: t('shared.qr.loadFailed') }),
    );
    return () => {
      live = false;
    };
  }, [url]);
  if (!drawn) return <p>{t('shared.qr.drawing')}</p>;
  if (!drawn.ok)
    return (
      <p class="notice warning" id={`${id}-qr-message`}>
        {drawn.message}
      </p>
    );
  return (
    <figure style={{ margin: 'var(--space-3) 0' }}>
      <svg
        id={`${id}-qr`}
        role="img"
        aria-labelledby={`${id}-qr-caption`}
        viewBox={drawn.viewBox}
        shape-rendering="crispEdges"
        // About four screen pixels a module, so a dense code stays readable to a phone camera.
        style={{ display: 'block', width: `min(100%, ${Math.max(192, 4 * Number(drawn.viewBox.split(' ')[2]))}px)`, height: 'auto', background: '#fff' }}
      >
        <rect width="100%" height="100%" fill="#fff" />
        <path d={drawn.d} fill="#000" />
      </svg>
      <figcaption id={`${id}-qr-caption`} class="hint">
        {t('shared.qr.caption')}
      </figcaption>
    </figure>
  );
}
