import { describe, expect, it } from 'vitest';
import { packToken } from '../../../src/lib/exchange/envelope';
import { exchangeFileText } from '../../../src/lib/exchange/file';
import { findToken, makeLink, MAX_LINK_CHARS, MAX_READ_CHARS } from '../../../src/lib/exchange/link';
import { arriveByFile, arriveByLink, openParcel, type Receiver } from '../../../src/lib/exchange/receive';
import { utf8 } from '../../../src/lib/exchange/bytes';
import { noteKind } from './kinds';

const receiver: Receiver<typeof noteKind> = { key: 'notes', kinds: [noteKind], expected: 'a note' };
const PAGE = 'https://example.org/mentoring/tools/notes/';
const PASS = 'maple otter seven lantern brisk';
const token = (passphrase: string | null = null, text = 'hello') => packToken('test/note', 2, utf8(JSON.stringify({ text })), { passphrase });

describe('links', () => {
  it('put the token after "#<key>=", dropping the page’s own fragment, and refuse to pass the link limit', () => {
    expect(makeLink(`${PAGE}#old`, 'notes', 'ex1.AAAA')).toEqual({ ok: true, url: `${PAGE}#notes=ex1.AAAA` });
    const long = makeLink(PAGE, 'notes', `ex1.${'A'.repeat(MAX_LINK_CHARS)}`, 'Your note');
    expect(long).toMatchObject({ ok: false, message: expect.stringMatching(/^Your note is too long for a link \(8,0\d\d characters; links stop at 8,000\)/) });
  });

  it('find the token in a link, a fragment or alone, forgiving breaks and trailing punctuation', () => {
    expect(findToken(`${PAGE}#notes=ex1.AbC_-`, 'notes')).toBe('ex1.AbC_-');
    expect(findToken('#notes=ex1.Ab\n  Cd).', 'notes')).toBe('ex1.AbCd');
    expect(findToken('ex1.AbCd', 'notes')).toBe('ex1.AbCd');
    expect(findToken('hello there', 'notes')).toBeNull();
  });
});

describe('arriving and opening', () => {
  it('refuse an over-long link or paste by its length, at once, before anything else reads it', () => {
    const huge = `${PAGE}#notes=ex1.${'A'.repeat(1_390_000)}`;
    const started = performance.now();
    const r = arriveByLink(huge, receiver);
    expect(performance.now() - started).toBeLessThan(20);
    expect(r).toEqual({ ok: false, message: `This link is longer than any link the playbook makes (over ${MAX_READ_CHARS.toLocaleString('en-GB')} characters), so it was not read. Check you pasted only the link, or ask for the file.` });
    expect(arriveByLink('x'.repeat(2_000_000), receiver).ok).toBe(false);
  });

  it('open a plain link, and ask for the passphrase of a protected one as often as needed', async () => {
    const plain = arriveByLink(`${PAGE}#notes=${await token()}`, receiver);
    expect(plain.ok && (await openParcel(plain.parcel, receiver))).toMatchObject({ status: 'ok', value: { text: 'hello' }, protected: false });
    const sealed = arriveByLink(`${PAGE}#notes=${await token(PASS)}`, receiver);
    if (!sealed.ok) throw new Error(sealed.message);
    expect(await openParcel(sealed.parcel, receiver)).toMatchObject({ status: 'passphrase', wrong: false, message: null });
    for (let i = 0; i < 6; i++)
      expect(await openParcel(sealed.parcel, receiver, `wrong guess ${i}`)).toMatchObject({ status: 'passphrase', wrong: true, message: expect.stringMatching(/try as often as you need/) });
    expect(await openParcel(sealed.parcel, receiver, PASS)).toMatchObject({ status: 'ok', value: { text: 'hello' }, protected: true });
  });

  it('read the same envelope from a file, and hand back files of other formats to the page', async () => {
    const file = arriveByFile(exchangeFileText('test/note', await token(PASS), true), receiver);
    expect(file && file.ok && (await openParcel(file.parcel, receiver, PASS))).toMatchObject({ status: 'ok', value: { text: 'hello' } });
    expect(arriveByFile('{"format":"mentoring-playbook/expectations-copy","version":1}', receiver)).toBeNull();
    expect(arriveByFile('not json', receiver)).toBeNull();
  });

  it('refuse a newer file, a file whose envelope is damaged, and a file far larger than its kinds', async () => {
    const text = exchangeFileText('test/note', await token(), false);
    expect(arriveByFile(text.replace('"version": 1', '"version": 2'), receiver)).toEqual({ ok: false, message: expect.stringMatching(/newer version/) });
    expect(arriveByFile(text.replace(/"envelope": "ex1\.(.)/, '"envelope": "ex1.$1$1'), receiver)).toMatchObject({ ok: false });
    expect(arriveByFile(text, receiver, 10_000_000)).toEqual({ ok: false, message: 'This file unpacks to more than a note can hold (over 1 KB), so it was not read.' });
  });

  it('calls a file whose version is text ("1") not readable, never newer', () => {
    const r = arriveByFile('{"format":"mentoring-playbook/exchange","version":"1","envelope":"ex1.AAAA"}', receiver);
    expect(r).toBeNull();
  });
});
