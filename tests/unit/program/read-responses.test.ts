/**
 * Reading response files: every bad file is listed with its reason and left out of every figure,
 * and nothing else is affected. Files are made as the survey page makes them (exchange module).
 */
import { describe, expect, it } from 'vitest';
import { readResponseFile, statusLine, summarize, type NamedOutcome } from '../../../src/lib/program/read-responses';
import { buildReport } from '../../../src/lib/program/report';
import { exchangeFileText, packContent } from '../../../src/lib/exchange';
import { responseKind } from '../../../src/lib/program/response';
import { fileOf, many, PASSPHRASE, response, SURVEY, T } from './fixtures';

async function readAll(files: { name: string; text: string }[], passphrase?: string): Promise<NamedOutcome[]> {
  return Promise.all(files.map(async (f) => ({ name: f.name, outcome: await readResponseFile(f.text, SURVEY, T, passphrase) })));
}

/** Flips one character of the envelope, keeping it valid base64url. */
function tamper(text: string): string {
  const file = JSON.parse(text) as { envelope: string };
  const at = file.envelope.length - 12;
  const c = file.envelope[at]!;
  file.envelope = file.envelope.slice(0, at) + (c === 'A' ? 'B' : 'A') + file.envelope.slice(at + 1);
  return JSON.stringify(file);
}

describe('reading response files', () => {
  it('accepts good files, plain and protected, and counts a duplicate once', async () => {
    const good = many(6, 'start', (i) => ({ quality: 3 + (i % 2) }));
    const files = await Promise.all(good.map(async (r, i) => ({ name: `r${i}.json`, text: await fileOf(r, i === 0 ? PASSPHRASE : undefined) })));
    files.push({ name: 'copy.json', text: files[1]!.text });
    const s = summarize(await readAll(files, PASSPHRASE), SURVEY, T);
    expect(s.responses).toHaveLength(6);
    expect(s.duplicates).toEqual([{ name: 'copy.json', reason: 'The same response as “r1.json”: counted once.' }]);
    expect(statusLine(s, T)).toBe('Read 7 files: 6 responses, 1 duplicate.');
  });

  it('counts a second response by one person to one wave once', async () => {
    const a = response('start', { quality: 1 });
    const b = response('start', { quality: 5 }, { participant: a.participant });
    const s = summarize(await readAll([{ name: 'a.json', text: await fileOf(a) }, { name: 'b.json', text: await fileOf(b) }]), SURVEY, T);
    expect(s.responses.map((r) => r.answers.quality)).toEqual([1]);
    expect(s.duplicates[0]!.reason).toMatch(/second response by the same person to “Start”/);
  });

  it('lists every bad file with its reason and leaves it out of every figure', async () => {
    const good = many(5, 'start', () => ({ quality: 4, questions: { role: 'mentee' } }));
    const bad = async () => [
      { name: 'foreign.json', text: await fileOf(response('start', { quality: 1 }, { program: 'another-program' })), reason: /another program \(“another-program”\)/ },
      { name: 'older.json', text: await fileOf(response('start', { quality: 1 }, { survey: 1 })), reason: /an earlier version of the survey \(version 1\)/ },
      { name: 'tampered.json', text: tamper(await fileOf(response('start', { quality: 1 }))), reason: /has been changed: its checksum does not match/ },
      { name: 'future.json', text: exchangeFileText(responseKind.id, await packContent({ ...responseKind, version: 2 }, response('start', { quality: 1 })), false), reason: /made by a newer version of the playbook/ },
      { name: 'future-file.json', text: JSON.stringify({ format: 'mentoring-playbook/exchange', version: 9, envelope: 'ex1.x' }), reason: /made by a newer version of the playbook/ },
      { name: 'wrong-pass.json', text: await fileOf(response('start', { quality: 1 }), 'not the right passphrase'), reason: /passphrase entered does not open this file/ },
      { name: 'garbage.json', text: '{"envelope": [1, 2', reason: /not one the playbook made/ },
      { name: 'wave.json', text: await fileOf(response('middle', { quality: 1 })), reason: /part of the survey \(“middle”\) that the test program does not have/ },
      { name: 'schema.json', text: await fileOf({ ...response('start', {}), answers: { quality: 9 } }), reason: /does not hold a program survey response this page can read: answers\.quality/ },
      { name: 'unasked.json', text: await fileOf(response('start', { questions: { improve: 'x' } })), reason: /question “improve” is not asked in “Start”/ },
      { name: 'option.json', text: await fileOf(response('start', { questions: { role: 'boss' } })), reason: /“boss” is not an option of “Your role”/ },
    ];
    const bads = await bad();
    const files = [...(await Promise.all(good.map(async (r, i) => ({ name: `good${i}.json`, text: await fileOf(r) })))), ...bads];
    const s = summarize(await readAll(files, PASSPHRASE), SURVEY, T);
    expect(s.responses).toHaveLength(5);
    expect(s.refused.map((r) => r.name)).toEqual(bads.map((b) => b.name));
    for (const b of bads) expect(s.refused.find((r) => r.name === b.name)!.reason, b.name).toMatch(b.reason);
    expect(s.wrongPassphrase).toBe(true);
    // The figures are those of the five good files alone.
    const withBad = buildReport(SURVEY, s.responses, {}, T);
    const alone = buildReport(SURVEY, good, {}, T);
    expect(withBad).toEqual(alone);
    expect(withBad.waves[0]!.items.find((i) => i.item.id === 'quality')!.figures.all).toMatchObject({ shown: true, n: 5, mean: 4 });
  });

  it('asks for the passphrase for a protected file, and reads it once given', async () => {
    const text = await fileOf(response('start', { quality: 2 }), PASSPHRASE);
    const locked = summarize(await readAll([{ name: 'p.json', text }]), SURVEY, T);
    expect(locked.locked).toBe(1);
    expect(locked.wrongPassphrase).toBe(false);
    expect(locked.refused[0]!.reason).toMatch(/protected by a passphrase/);
    const opened = summarize(await readAll([{ name: 'p.json', text }], ` ${PASSPHRASE.toUpperCase()} `), SURVEY, T);
    expect(opened.responses).toHaveLength(1);
  });
});
