/** Compare-and-agree or the agreed version, once both copies are here. Part of the lazily loaded views. */
import type { WorksheetTemplate } from '../../content/worksheet-schema';
import { startAgreement } from './compare';
import { otherRole, type Agreed, type Copy, type Stored, type TheirCopy } from './model';
import { ComparePanel } from './ComparePanel';
import { AgreedPanel } from './AgreedPanel';
import { useT } from '../shared/i18n';

interface Props {
  view: 'compare' | 'agreed';
  template: WorksheetTemplate;
  mine: Copy;
  theirs: TheirCopy | null;
  agreed: Agreed | null;
  setState: (update: (prev: Stored) => Stored) => void;
  go: (view: 'exchange' | 'compare' | 'agreed') => void;
  announce: (message: string) => void;
  siteName: string;
  disabled: boolean;
}

export function AgreementView({ view, template, mine, theirs, agreed, setState, go, announce, siteName, disabled }: Props) {
  const t = useT();
  if (!theirs)
    return (
      <div>
        <h2 tabIndex={-1}>{t(view === 'compare' ? 'expectations.compare.title' : 'expectations.agreed.title')}</h2>
        <p>{t(`expectations.agreement.first.${otherRole(mine.role)}`)}</p>
        <p>
          <button type="button" class="primary" onClick={() => go('exchange')}>
            {t('expectations.agreement.goExchange')}
          </button>
        </p>
      </div>
    );
  // Until the first decision, the agreed version is a draft computed from the two copies (nothing stored yet).
  const current = agreed ?? startAgreement(template, mine, theirs, new Date());
  const setAgreed = (change: (a: Agreed) => Agreed) =>
    setState((d) => (d.mine && d.theirs ? { ...d, agreed: change(d.agreed ?? startAgreement(template, d.mine, d.theirs, new Date())) } : d));
  if (view === 'agreed')
    return (
      <AgreedPanel
        template={template}
        mine={mine}
        theirs={theirs}
        agreed={current}
        siteName={siteName}
        onBack={() => go('compare')}
        announce={announce}
        setAgreed={setAgreed}
        disabled={disabled}
      />
    );
  return (
    <ComparePanel
      template={template}
      mine={mine}
      theirs={theirs}
      agreed={current}
      setAgreed={setAgreed}
      restart={() => {
        setState((d) => ({ ...d, agreed: null }));
        announce(t('expectations.announce.restarted'));
      }}
      onNext={() => go('agreed')}
      disabled={disabled}
    />
  );
}
