import { useEffect, useState } from 'preact/hooks';
import { MAX_EXPORT_BYTES, parseExport } from '../../lib/storage';
import { applyImport, planImport, type ImportChoice, type ImportPlanRow } from './model';
import { otherToolFile } from './other-files';
import { isExchangeFile } from './protected-export';
import { ProtectedImport } from './ProtectedImport';
import type { AnyDefinition, RawCopy } from '../../lib/storage';

interface Props {
  storage: Storage;
  base: string;
  defs: AnyDefinition[];
  /** Called after a successful import, with what changed. */
  onImported: (message: string) => void;
}

const LABEL: Record<ImportChoice, string> = {
  merge: 'Combine item by item (where both changed the same item, the later change wins and the other is kept as an earlier version)',
  replace: 'Replace what is here (a copy of it is kept under Recovered copies)',
  skip: 'Do not import',
};

/** This playbook's name, as the page states it (read on use, not during render on the server). */
const thisPlaybook = () => document.querySelector<HTMLMetaElement>('meta[property="og:site_name"]')?.content ?? '';

export function ImportPanel({ storage, base, defs, onImported }: Props) {
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
      setError(`${(size <= MAX_EXPORT_BYTES && otherToolFile(text)) || parsed.reason} Nothing was changed.`);
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
      setError(result.reason);
      return;
    }
    setPlan(null);
    onImported(result.changed.length ? `Imported ${result.changed.join(', ')} from “${fileName}”.` : 'Nothing was imported: there was nothing new to add, or everything was set to “Do not import”.');
  }

  return (
    <div>
      <label for="import-file">Choose an export file (.json)</label>
      <p class="hint" id="import-hint">You will see what it holds and choose what to do before anything changes.</p>
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
            setError(`${message} Nothing was changed.`);
          }}
          onCancel={() => setLocked(null)}
        />
      )}
      {error && (
        <div class="notice danger" role="alert" id="import-error">
          <p><strong>This file cannot be imported.</strong> {error}</p>
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
          <h3 id="preview-title" tabIndex={-1}>What “{fileName}” holds</h3>
          {source && <p class="import-source">Exported from “{source}”{source !== thisPlaybook() ? `, another playbook than this one (“${thisPlaybook()}”)` : ''}.</p>}
          {plan.map((row) => (
            <fieldset key={row.incoming.def.tool}>
              <legend>{row.incoming.def.label}</legend>
              <p>
                In the file: {row.incomingSummary}
                {row.incoming.migratedFrom ? ` (made by an older version; it will be upgraded)` : ''}.<br />
                In this browser now: {row.current.summary}.
                {row.current.state === 'unreadable' ? ' If you import, it is kept under Recovered copies, not replaced.' : ''}
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
                  {LABEL[c]}
                </label>
              ))}
            </fieldset>
          ))}
          {copies.length > 0 && (
            <fieldset>
              <legend>Recovered copies</legend>
              <p>
                The file also holds {copies.length === 1 ? '1 copy' : `${copies.length} copies`} of data that could not be read (
                {[...new Set(copies.map((c) => defs.find((d) => d.tool === c.tool)?.label ?? c.tool))].join(', ')}). They are added to
                this browser’s recovered copies, beside your data, never over it; a copy this browser already holds is not added twice.
              </p>
              <label class="check">
                <input type="checkbox" checked={addCopies} onChange={(e) => setAddCopies(e.currentTarget.checked)} /> Add them to the recovered copies
              </label>
            </fieldset>
          )}
          <p class="actions">
            <button type="submit" class="primary">Import</button>
            <button
              type="button"
              onClick={() => {
                setPlan(null);
                document.getElementById('import-file')?.focus();
              }}
            >
              Cancel
            </button>
          </p>
        </form>
      )}
    </div>
  );
}
