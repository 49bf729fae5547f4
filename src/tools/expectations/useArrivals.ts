/**
 * Receiving on the worksheet: the shared receiver (useReceive) with the worksheet's kinds and
 * its formats from before the exchange module (ew1 links, plain copy files). What opens is a
 * copy or an agreed version; the views preview it before anything is stored.
 */
import { useReceive, type Source } from '../shared/exchange/useReceive';
import { legacyFile } from './copy-file';
import { copyKind, worksheetReceiver, type SentAgreed } from './exchange-kinds';
import type { Copy } from './schema';
import { useT } from '../shared/i18n';

export type Arrived = { kind: 'copy'; copy: Copy; source: Source } | { kind: 'agreed'; sent: SentAgreed; source: Source };

export function useArrivals(onArrived: (arrived: Arrived) => void) {
  const t = useT();
  return useReceive(worksheetReceiver, {
    legacy: {
      link: async (input) => (/[#=\s]ew\d+\.|^ew\d+\./.test(input) ? (await import('./share')).legacyLink(input, t) : null),
      file: async (text, size) => legacyFile(text, size, t),
    },
    onOpened: (o) =>
      onArrived(o.spec === copyKind ? { kind: 'copy', copy: o.value as Copy, source: o.source } : { kind: 'agreed', sent: o.value as SentAgreed, source: o.source }),
  });
}
