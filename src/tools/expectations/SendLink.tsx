/** "Make a link to your copy": compresses the copy into the link's fragment (share.ts). */
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatNumber } from '../../lib/text';
import { makeLink } from './share';
import type { Copy } from './schema';

interface Props {
  mine: Copy;
  /** False when the copy has problems to fix first. */
  guard: () => boolean;
  announce: (message: string) => void;
}

export function SendLink({ mine, guard, announce }: Props) {
  const [link, setLink] = useState<{ url: string; for: string } | null>(null);
  const [tooLong, setTooLong] = useState<string | null>(null);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const outdated = link !== null && link.for !== mine.updatedAt;

  useEffect(() => {
    if (link && !outdated) fieldRef.current?.focus();
  }, [link]);

  const make = async () => {
    if (!guard()) return;
    const result = await makeLink(location.href, mine);
    if (result.ok) {
      setTooLong(null);
      setLink({ url: result.url, for: mine.updatedAt });
      announce(`Link made: ${formatNumber(result.url.length)} characters.`);
    } else {
      setLink(null);
      setTooLong(result.message);
      announce(result.message);
    }
  };
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
    <div>
      <p>
        <button type="button" class="primary" onClick={make}>
          {link ? 'Make a new link to your copy' : 'Make a link to your copy'}
        </button>
      </p>
      {tooLong && <p class="notice warning">{tooLong}</p>}
      {link && (
        <div class="field">
          <label for="ew-link">Link to your copy</label>
          <p class="hint" id="ew-link-hint">
            {outdated
              ? 'You changed your copy after making this link: it holds your earlier answers. Make a new link to include the changes.'
              : 'Send it by email or chat. It holds your answers as they are now.'}
          </p>
          <textarea id="ew-link" ref={fieldRef} rows={3} readOnly value={link.url} aria-describedby="ew-link-hint" onFocus={(e) => e.currentTarget.select()} />
          <p>
            <button type="button" onClick={copy}>
              Copy the link
            </button>
          </p>
        </div>
      )}
    </div>
  );
}
