/**
 * "Check your answers": every answer of the response in words, what is not in it, the file's exact
 * content, then an optional passphrase (the one the program shares) and "Save response file",
 * or a code to copy when it is short enough. The exchange module loads on the first click.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { downloadText } from '../../lib/download';
import { responseKind, type ProgramResponse } from '../../lib/program/response';
import type { ProgramSurvey, SurveyWave } from '../../lib/program/survey';
import { PassphraseChoice } from '../shared/exchange/PassphraseChoice';
import { useT } from '../shared/i18n';
import { useSeal, type ExchangeApi } from '../shared/exchange/useSeal';
import type { SummaryRow } from './summary';
import { responseFileName } from './model';

interface Props {
  survey: ProgramSurvey;
  wave: SurveyWave;
  response: ProgramResponse;
  rows: readonly SummaryRow[];
  onBack: () => void;
  onSaved: () => void;
  announce: (message: string) => void;
}


export function Review({ survey, wave, response, rows, onBack, onSaved, announce }: Props) {
  const t = useT();
  const { secret, setSecret, secretError, busy, failed, seal, run } = useSeal({ fieldId: 'ps-passphrase', instead: t('programSurvey.review.instead') });
  const [saved, setSaved] = useState<string | null>(null);
  const [code, setCode] = useState<{ text: string; for: string } | { tooLong: true; for: string } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const stamp = secret.protect ? secret.passphrase : '';

  const token = async (): Promise<{ token: string; api: ExchangeApi } | null> => {
    const sealed = await seal();
    return sealed && { token: await sealed.api.packContent(responseKind, response, { passphrase: sealed.passphrase }), api: sealed.api };
  };
  const save = () =>
    run(async () => {
      const made = await token();
      if (!made) return;
      const name = responseFileName(survey, wave, response);
      downloadText(name, made.api.exchangeFileText(responseKind.id, made.token, secret.protect), 'application/json');
      setSaved(name);
      onSaved();
      announce(t(secret.protect ? 'programSurvey.review.saved-protected' : 'programSurvey.review.saved-announce', { name }));
    });
  const showCode = () =>
    run(async () => {
      const made = await token();
      if (!made) return;
      if (made.api.tooLongToRead(made.token) || made.token.length > made.api.MAX_LINK_CHARS) {
        setCode({ tooLong: true, for: stamp });
        announce(t('programSurvey.review.too-long-announce'));
      } else {
        setCode({ text: made.token, for: stamp });
        onSaved();
        announce(t('programSurvey.review.code-ready'));
      }
    });
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      announce(t('programSurvey.review.copied'));
    } catch {
      (document.getElementById('ps-code') as HTMLTextAreaElement | null)?.select();
      announce(t('programSurvey.review.copy-blocked'));
    }
  };

  const groups = [...new Set(rows.map((r) => r.group))];
  return (
    <div class="ps-review" aria-busy={busy || undefined}>
      <h2 id="ps-review-heading" tabIndex={-1} ref={heading}>
        {t('programSurvey.review.heading', { wave: wave.title })}
      </h2>
      <p>{t('programSurvey.review.intro', { coordinator: survey.coordinator })}</p>
      {groups.map((g) => (
        <section key={g} aria-label={g}>
          <h3>{g}</h3>
          <dl class="ps-summary">
            {rows
              .filter((r) => r.group === g)
              .map((r, i) => (
                <div key={i}>
                  <dt>{r.label}</dt>
                  <dd>{r.value}</dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
      <h3>{t('programSurvey.review.not-in-it')}</h3>
      <ul>
        <li>{t('programSurvey.review.no-name')}</li>
        <li>{t('programSurvey.review.no-free-text')}</li>
        <li>{t('programSurvey.review.no-dates')}</li>
        <li>{t('programSurvey.review.only')}</li>
      </ul>
      <details class="ps-exact">
        <summary>{t('programSurvey.review.exact')}</summary>
        <pre id="ps-content">{JSON.stringify(response, null, 2)}</pre>
      </details>
      <p class="actions no-print">
        <button type="button" onClick={onBack}>
          {t('programSurvey.review.change')}
        </button>
      </p>

      <section class="ps-save no-print" aria-labelledby="ps-save-heading">
        <h2 id="ps-save-heading">{t('programSurvey.review.save-heading')}</h2>
        <PassphraseChoice
          id="ps"
          value={secret}
          onChange={setSecret}
          error={secretError}
          recipient={t('programSurvey.review.recipient')}
          label={t('programSurvey.review.protect')}
          hint={t('programSurvey.review.protect-hint')}
        />
        <p class="actions">
          <button type="button" class="primary" onClick={() => void save()}>
            {busy ? t('programSurvey.review.working') : t('programSurvey.review.save')}
          </button>
          <button type="button" onClick={() => void showCode()}>
            {t('programSurvey.review.show-code')}
          </button>
        </p>
        {failed && <p class="notice danger">{failed}</p>}
        {saved && (
          <p class="notice" role="status">
            {t('programSurvey.review.saved', { name: saved })}
          </p>
        )}
        {code && 'tooLong' in code && <p class="notice warning">{t('programSurvey.review.too-long')}</p>}
        {code && 'text' in code && (
          <div class="field">
            <label for="ps-code">{t('programSurvey.review.code-label')}</label>
            <p class="hint" id="ps-code-hint">
              {code.for !== stamp ? t('programSurvey.review.code-hint-changed') : t('programSurvey.review.code-hint')}
            </p>
            <textarea id="ps-code" rows={4} readOnly value={code.text} aria-describedby="ps-code-hint" onFocus={(e) => e.currentTarget.select()} />
            <p class="actions">
              <button type="button" onClick={() => void copy(code.text)}>
                {t('programSurvey.review.copy')}
              </button>
            </p>
          </div>
        )}
      </section>
    </div>
  );
}
