/**
 * Links: the envelope rides in the URL fragment, "<page>#<key>=<token>". Browsers never send the
 * fragment to the server, nor in the Referer header, so the host never sees what a link holds.
 * Each page reads the key it owns ("worksheet", "goals").
 */
import { formatNumber } from '../text';

/** The longest link we make: longer ones break in some mail and chat apps. Offer the file instead. */
export const MAX_LINK_CHARS = 8000;
/**
 * The longest link, fragment or paste we read (a little above what we make, for copied
 * whitespace). Checked before anything else looks at the text, so a 1.4-million-character
 * fragment or a 2 MB paste is refused at once instead of freezing the page.
 */
export const MAX_READ_CHARS = 10_000;

export type LinkResult = { ok: true; url: string } | { ok: false; length: number; message: string };

/** The link to a token, or why there is none. `pageUrl` may carry a fragment: it is dropped. */
export function makeLink(pageUrl: string, key: string, token: string, what = 'This'): LinkResult {
  const url = `${pageUrl.split('#')[0]}#${key}=${token}`;
  if (url.length <= MAX_LINK_CHARS) return { ok: true, url };
  return {
    ok: false,
    length: url.length,
    message: `${what} is too long for a link (${formatNumber(url.length)} characters; links stop at ${formatNumber(MAX_LINK_CHARS)}). Download it as a file and send that instead.`,
  };
}

export const tooLongToRead = (input: string): boolean => input.length > MAX_READ_CHARS;

/**
 * The token inside a pasted link, fragment or bare token, or null. Forgives spaces, line breaks
 * and the punctuation a sentence or a mail client adds at the end. Call only on text that
 * passed tooLongToRead.
 */
export function findToken(input: string, key: string): string | null {
  const text = input.replace(/\s+/g, '');
  const at = text.indexOf(`${key}=`);
  const token = at >= 0 ? text.slice(at + key.length + 1) : text;
  return /^[a-z]{2}\d+\./.test(token) ? token.replace(/[.,;:)\]>'"]+$/, '') : null;
}
