/**
 * My data's full export, protected by a passphrase: the same export file (src/lib/storage/
 * export-file.ts), as the content of an exchange envelope (src/lib/exchange) of kind
 * "my-data/export", in an exchange file. Without the passphrase nobody can read it, its owner
 * included. On import the envelope is opened first, then what it holds is read as any export.
 */
import type { KindSpec, Receiver } from '../../lib/exchange';
import { datedFileName } from '../../lib/file-names';
import { MAX_EXPORT_BYTES } from '../../lib/storage/export-file';

export const exportKind: KindSpec<Record<string, unknown>> = {
  id: 'my-data/export',
  version: 1,
  noun: 'a playbook export',
  maxBytes: MAX_EXPORT_BYTES,
  parse: (value) =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? { ok: true, value: value as Record<string, unknown> }
      : { ok: false, reason: 'it holds no export object' },
};

export const exportReceiver: Receiver<typeof exportKind> = { key: 'data', kinds: [exportKind], expected: 'a playbook export' };

/** "mentoring-playbook-protected-2026-11-22.json" */
export const protectedFileName = (now: Date): string => datedFileName(['mentoring-playbook', 'protected'], now, 'json');

/** True for the text of an exchange file (its format comes first), without parsing a large file. */
export const isExchangeFile = (text: string): boolean => /^\s*\{\s*"format"\s*:\s*"mentoring-playbook\/exchange"/.test(text.slice(0, 200));

/** The protected file's text for an export's text. */
export async function protectExport(exportText: string, passphrase: string): Promise<string> {
  const { exchangeFileText, packContent } = await import('../../lib/exchange/index');
  return exchangeFileText(exportKind.id, await packContent(exportKind, JSON.parse(exportText), { passphrase }), true);
}
