/**
 * "Check your answers": every answer of the response in words, what is not in it, the file's exact
 * content, then an optional passphrase (the one the program shares) and "Save response file",
 * or a code to copy when it is short enough. The exchange module loads on the first click.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { downloadText } from '../../lib/download';
import { slug } from '../../lib/file-names';
import { responseKind, type ProgramResponse } from '../../lib/program/response';
import type { ProgramSurvey, SurveyWave } from '../../lib/program/survey';
import { PassphraseChoice } from '../shared/exchange/PassphraseChoice';
import { useSeal, type ExchangeApi } from '../shared/exchange/useSeal';
import type { SummaryRow } from './summary';

interface Props {
  survey: ProgramSurvey;
  wave: SurveyWave;
  response: ProgramResponse;
  rows: readonly SummaryRow[];
  onBack: () => void;
  onSaved: () => void;
  announce: (message: string) => void;
}

export const responseFileName = (survey: ProgramSurvey, wave: SurveyWave, response: ProgramResponse): string =>
  `${slug(survey.name, 'program')}-${slug(wave.title, wave.id)}-response-${slug(response.response.slice(0, 6), 'x')}.json`;

export function Review({ survey, wave, response, rows, onBack, onSaved, announce }: Props) {
  const { secret, setSecret, secretError, busy, failed, seal, run } = useSeal({ fieldId: 'ps-passphrase', instead: 'save the file' });
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
      announce(`Your response file ${name} is saved${secret.protect ? ', protected by the passphrase' : ''}.`);
    });
  const showCode = () =>
    run(async () => {
      const made = await token();
      if (!made) return;
      if (made.api.tooLongToRead(made.token) || made.token.length > made.api.MAX_LINK_CHARS) {
        setCode({ tooLong: true, for: stamp });
        announce('Your response is too long for a code: save the file and hand that in.');
      } else {
        setCode({ text: made.token, for: stamp });
        onSaved();
        announce('Your response code is ready to copy.');
      }
    });
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      announce('The code is copied. Paste it where your program asks for it.');
    } catch {
      (document.getElementById('ps-code') as HTMLTextAreaElement | null)?.select();
      announce('Copying was blocked. The code is selected: press Control and C (or Command and C) to copy it.');
    }
  };

  const groups = [...new Set(rows.map((r) => r.group))];
  return (
    <div class="ps-review" aria-busy={busy || undefined}>
      <h2 id="ps-review-heading" tabIndex={-1} ref={heading}>
        Check your answers: {wave.title}
      </h2>
      <p>This is everything your response file holds. Nothing is sent anywhere: you hand the file (or the code) in yourself. Who reads it: {survey.coordinator}.</p>
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
      <h3>What is not in it</h3>
      <ul>
        <li>No name and no email address.</li>
        <li>No free text from your tools: none of your goals’ words, notes or comments.</li>
        <li>No dates or times.</li>
        <li>Besides your answers, only the program, this part of the survey, a random number for this response and your participant key.</li>
      </ul>
      <details class="ps-exact">
        <summary>The file’s content, exactly</summary>
        <pre id="ps-content">{JSON.stringify(response, null, 2)}</pre>
      </details>
      <p class="actions no-print">
        <button type="button" onClick={onBack}>
          Change your answers
        </button>
      </p>

      <section class="ps-save no-print" aria-labelledby="ps-save-heading">
        <h2 id="ps-save-heading">Save your response</h2>
        <PassphraseChoice
          id="ps"
          value={secret}
          onChange={setSecret}
          error={secretError}
          recipient="the program team"
          label="Protect it with a passphrase your program shares"
          hint="Use the passphrase your program gave you, so only the program team can open the file."
        />
        <p class="actions">
          <button type="button" class="primary" onClick={() => void save()}>
            {busy ? 'Working…' : 'Save response file'}
          </button>
          <button type="button" onClick={() => void showCode()}>
            Show a code to copy instead
          </button>
        </p>
        {failed && <p class="notice danger">{failed}</p>}
        {saved && (
          <p class="notice" role="status">
            Saved as {saved}. Hand this file in the way your program asked you to.
          </p>
        )}
        {code && 'tooLong' in code && <p class="notice warning">Your response is too long for a code. Save the file and hand that in.</p>}
        {code && 'text' in code && (
          <div class="field">
            <label for="ps-code">Response code</label>
            <p class="hint" id="ps-code-hint">
              {code.for !== stamp ? 'You changed the passphrase after making this code: make it again. ' : ''}Paste it where your program collects responses.
            </p>
            <textarea id="ps-code" rows={4} readOnly value={code.text} aria-describedby="ps-code-hint" onFocus={(e) => e.currentTarget.select()} />
            <p class="actions">
              <button type="button" onClick={() => void copy(code.text)}>
                Copy the code
              </button>
            </p>
          </div>
        )}
      </section>
    </div>
  );
}
