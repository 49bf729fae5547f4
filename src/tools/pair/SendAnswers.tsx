/** The send block under a completed pulse or 360 round: an optional name, then the shared SendPanel. */
import { useState } from 'preact/hooks';
import { datedFileName } from '../../lib/file-names';
import { SendPanel } from '../shared/exchange/SendPanel';
import { useI18n } from '../shared/i18n';
import { LINK_KEY } from './kinds';
import { MAX_NAME_CHARS } from './schema';

interface Props {
  /** Element ids start with it: `<id>-sent` (the heading), `<id>-from`, `<id>-send`. */
  id: string;
  /** What is sent, for the labels (pair.send.<noun>.…): "answers" or "ratings". */
  noun: 'answers' | 'ratings';
  what: string;
  recipient: string;
  kind: string;
  round: { id: string; completedAt: string };
  fileStem: string;
  pack: (name: string, passphrase: string | null) => Promise<string>;
  announce: (message: string) => void;
}

export function SendAnswers({ id, noun, what, recipient, kind, round, fileStem, pack, announce }: Props) {
  const [name, setName] = useState('');
  const tr = useI18n();
  const { t } = tr;
  const k = (key: string) => `pair.send.${noun}.${key}`;
  return (
    <>
      <h5 id={`${id}-sent`} tabIndex={-1}>
        {t(k('heading'), { date: tr.date(new Date(round.completedAt)) })}
      </h5>
      <div class="no-print">
        <div class="field">
          <label for={`${id}-from`}>{t('pair.send.name')}</label>
          <input id={`${id}-from`} type="text" maxLength={MAX_NAME_CHARS} value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </div>
        <SendPanel
          id={`${id}-send`}
          kind={kind}
          linkKey={LINK_KEY}
          labels={{ make: t(k('make')), remake: t(k('remake')), link: t(k('link')), file: t(k('file')) }}
          what={what}
          recipient={recipient}
          version={`${round.id}|${name}`}
          pack={(passphrase) => pack(name, passphrase)}
          fileName={() => datedFileName([fileStem], new Date(), 'json')}
          announce={announce}
        />
      </div>
    </>
  );
}
