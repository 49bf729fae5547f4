import { useEffect, useState } from 'preact/hooks';
import { MAX_EXPORT_BYTES, parseExport } from '../../lib/storage';
import { useI18n } from '../shared/i18n';
import { applyImport, planImport, type ImportChoice, type ImportPlanRow } from './model';
import { otherToolFile } from './other-files';
import { isExchangeFile } from './protected-export';
import { ProtectedImport } from './ProtectedImport';
import type { AnyDefinition, RawCopy } from '../../lib/storage';
import { importDone, importProblem, rowSummary, toolName, toolNameById } from './words';

interface Props {
  storage: Storage;
  base: string;
  defs: AnyDefinition[];
  /** Called after a successful import, with what changed. */
  onImported: (message: string) => void;
}

/** This playbook's name, as the page states it (read on use, not during render on the server). */
const thisPlaybook = () => document.querySelector<HTMLMetaElement>('meta[property="og:site_name"]')?.content ?? '';

export function ImportPanel({ storage, base, defs, onImported }: Props) {
  const i = useI18n();
  const { t } = i;
  const [error, setError] = useState<string | null>(null);
  const [plan, setPlan] = useState<ImportPlanRow[] | null>(null);
  /** The file's unreadable and recovered copies, and whether to add them to this browser's recovered copies. */
  const [copies, setCopies] = useState<RawCopy[]>([]);
  const [addCopies, setAddCopies] = useState(true);
  const [choices, setChoices] = useState<Record<string, ImportChoice>>({});
  const [fileName, setFileName] = useState('');
  /** The playbook the file was exported from (its "site"), shown so a file from another playbook on this origin is noticed. */
  const [source, setSource] = useState('');
  /** A passphrase-protected export, until its passphrase opens it. */
  const [locked, setLocked] = useState<{ text: string; size: number } | null>(null);
  useEffect(() => {
    if (plan) document.getElementById('preview-title')?.focus();
  }, [plan]);

  async function onFile(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    setPlan(null);
    setError(null);
    setLocked(null);
    if (!file) return;
    setFileName(file.name);
    // A huge file is refused before it is read into memory (a protected one is up to 4/3 larger).
    const text = file.size > MAX_EXPORT_BYTES * 1.4 ? '' : await file.text();
    if (isExchangeFile(text)) return setLocked({ text, size: file.size });
    read(text, file.size);
  }

  function read(text: string, size: number) {
    const parsed = size > MAX_EXPORT_BYTES ? parseExport('', defs, size) : parseExport(text, defs, size);
    if (!parsed.ok) {
      setError(t('myData.import.refused', { reason: (size <= MAX_EXPORT_BYTES && otherToolFile(text, i)) || parsed.reason }));
      return;
    }
    const rows = planImport(storage, base, parsed.tools);
    setChoices(Object.fromEntries(rows.map((r) => [r.incoming.def.tool, r.choices[0]!])));
    setCopies(parsed.copies);
    setSource(parsed.site);
    setAddCopies(true);
    setPlan(rows);
  }

  function confirm() {
    if (!plan) return;
    const result = applyImport(storage, base, plan, choices, new Date(), addCopies ? copies : []);
    if (!result.ok) {
      setError(importProblem(i, defs, result.problem));
      return;
    }
    setPlan(null);
    onImported(importDone(i, defs, result, fileName));
  }

  return (
    <div>
      <label for="import-file">{t('myData.import.choose')}</label>
      <p class="hint" id="import-hint">
        {t('myData.import.hint')}
      </p>
      <input id="import-file" type="file" accept=".json,application/json" aria-describedby={`import-hint${error ? ' import-error' : ''}`} onChange={onFile} />
      {locked && (
        <ProtectedImport
          text={locked.text}
          size={locked.size}
          onOpen={(plain) => {
            setLocked(null);
            read(plain, new TextEncoder().encode(plain).length);
          }}
          onError={(message) => {
            setLocked(null);
            setError(t('myData.import.refused', { reason: message }));
          }}
          onCancel={() => setLocked(null)}
        />
      )}
      {error && (
        <div class="notice danger" role="alert" id="import-error">
          <p>
            <strong>{t('myData.import.refusedTitle')}</strong> {error}
          </p>
        </div>
      )}
      {plan && (
        <form
          class="import-preview"
          aria-labelledby="preview-title"
          onSubmit={(e) => {
            e.preventDefault();
            confirm();
          }}
        >
          <h3 id="preview-title" tabIndex={-1}>
            {t('myData.import.holds', { file: fileName })}
          </h3>
          {source && (
            <p class="import-source">{source !== thisPlaybook() ? t('myData.import.otherSource', { source, here: thisPlaybook() }) : t('myData.import.source', { source })}</p>
          )}
          {plan.map((row) => (
            <fieldset key={row.incoming.def.tool}>
              <legend>{toolName(i, row.incoming.def)}</legend>
              <p>
                {t(row.incoming.migratedFrom ? 'myData.import.inFileOlder' : 'myData.import.inFile', { summary: row.incoming.def.summarise(row.incoming.data, i) })}
                <br />
                {t('myData.import.inBrowser', { summary: rowSummary(i, row.current) })}
                {row.current.state === 'unreadable' ? ` ${t('myData.import.unreadableKept')}` : ''}
              </p>
              {row.choices.map((c) => (
                <label class="check" key={c}>
                  <input
                    type="radio"
                    name={`choice-${row.incoming.def.tool}`}
                    value={c}
                    checked={choices[row.incoming.def.tool] === c}
                    onChange={() => setChoices({ ...choices, [row.incoming.def.tool]: c })}
                  />{' '}
                  {t(`myData.import.choice.${c}`)}
                </label>
              ))}
            </fieldset>
          ))}
          {copies.length > 0 && (
            <fieldset>
              <legend>{t('myData.recovery.title')}</legend>
              <p>{t('myData.import.fileCopies', { count: copies.length, tools: i.list([...new Set(copies.map((c) => toolNameById(i, defs, c.tool)))]) })}</p>
              <label class="check">
                <input type="checkbox" checked={addCopies} onChange={(e) => setAddCopies(e.currentTarget.checked)} /> {t('myData.import.addCopies')}
              </label>
            </fieldset>
          )}
          <p class="actions">
            <button type="submit" class="primary">
              {t('myData.import.submit')}
            </button>
            <button
              type="button"
              onClick={() => {
                setPlan(null);
                document.getElementById('import-file')?.focus();
              }}
            >
              {t('myData.cancel')}
            </button>
          </p>
        </form>
      )}
    </div>
  );
}
