import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32, toBase64Url } from '../../../../src/lib/exchange/bytes';
import { makeLink, MAX_LINK_CHARS, MAX_READ_CHARS } from '../../../../src/lib/exchange/link';
import { arriveByLink, openParcel } from '../../../../src/lib/exchange/receive';
import { packAgreed, packCopy, readLink } from '../../../../src/tools/expectations/share';
import { agreedKind, copyKind, LINK_KEY, worksheetReceiver } from '../../../../src/tools/expectations/exchange-kinds';
import { startAgreement } from '../../../../src/tools/expectations/compare';
import type { Copy } from '../../../../src/tools/expectations/schema';
import { menteeCopy, mentorCopy, NOW, template, t } from './fixtures';

const PAGE = 'https://example.org/mentoring/tools/expectations/';
const PASS = 'maple otter seven lantern brisk';

async function link(copy: Copy, passphrase: string | null = null): Promise<string> {
  const made = makeLink(PAGE, LINK_KEY, await packCopy(copy, passphrase), 'Your copy');
  if (!made.ok) throw new Error(made.message);
  return made.url;
}

/** An ew1 token made by hand, for content the old encoder would never produce. */
const ew1For = (text: string) => {
  const packed = new Uint8Array(deflateRawSync(Buffer.from(text)));
  return `ew1.${crc32(packed)}.${toBase64Url(packed)}`;
};

const expectFailure = async (input: string, message: RegExp) => {
  const result = await readLink(input, t);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.message).toMatch(message);
};

/** Every answer of the template filled in, as a person who writes full sentences would. */
const fullAnswers = () =>
  Object.fromEntries(template.sections.flatMap((s) => s.fields).map((f) => [f.id, f.type === 'date' ? '2027-03-01' : f.type === 'choice' ? f.options[0]!.value : f.example]));

describe('worksheet links', () => {
  it('carry the copy in the fragment, in the exchange envelope', async () => {
    const url = await link(mentorCopy());
    expect(url.startsWith(`${PAGE}#worksheet=ex1.`)).toBe(true);
    expect(url.split('#worksheet=')[1]).toMatch(/^ex1\.[A-Za-z0-9_-]+$/);
  });

  it('round-trip a copy exactly, and any Unicode', async () => {
    const copy = mentorCopy({ goals: 'Ship the 🚀 release; 学习 Rust; ‏مرحبا‎; Cafe\u0301 — “quotes”\nsecond line\r\nthird' });
    copy.names = { mentor: 'Zoë Ōtsuka-Nguyễn', mentee: 'Ægir 🦊' };
    expect(await readLink(await link(copy), t)).toEqual({ ok: true, copy });
    expect(await readLink(await link(menteeCopy()), t)).toEqual({ ok: true, copy: menteeCopy() });
  });

  it('round-trip arbitrary answers (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom('goals', 'success', 'channels', 'meeting-place'), fc.string({ unit: 'grapheme', maxLength: 300 })), async (answers) => {
        const copy = { ...mentorCopy(), answers };
        expect(await readLink(await link(copy), t)).toEqual({ ok: true, copy });
      }),
      { numRuns: 30 },
    );
  });

  it('a fully filled copy makes a link far below the limit, with or without a passphrase', async () => {
    const copy = { ...mentorCopy(), answers: fullAnswers() };
    const plain = await link(copy);
    const sealed = await link(copy, PASS);
    expect(plain.length).toBeLessThan(MAX_LINK_CHARS / 2);
    expect(sealed.length).toBeLessThan(MAX_LINK_CHARS / 2);
    // Salt, IV, work factor and tag: 48 bytes, 64 characters of base64url.
    expect(sealed.length - plain.length).toBe(64);
  });

  it('open a protected copy only with its passphrase', async () => {
    const arrival = arriveByLink(await link(menteeCopy(), PASS), worksheetReceiver);
    if (!arrival.ok) throw new Error(arrival.message);
    expect(await openParcel(arrival.parcel, worksheetReceiver)).toMatchObject({ status: 'passphrase', wrong: false });
    expect(await openParcel(arrival.parcel, worksheetReceiver, 'maple otter')).toMatchObject({ status: 'passphrase', wrong: true });
    expect(await openParcel(arrival.parcel, worksheetReceiver, 'Maple Otter Seven Lantern Brisk')).toEqual({ status: 'ok', spec: copyKind, value: menteeCopy(), protected: true });
  });

  it('carry the agreed version with the sender’s role', async () => {
    const agreed = startAgreement(template, mentorCopy(), menteeCopy(), NOW);
    const sent = { from: 'mentor' as const, agreed, copy: mentorCopy() };
    const arrival = arriveByLink(`${PAGE}#worksheet=${await packAgreed(sent, null)}`, worksheetReceiver);
    if (!arrival.ok) throw new Error(arrival.message);
    expect(await openParcel(arrival.parcel, worksheetReceiver)).toEqual({ status: 'ok', spec: agreedKind, value: sent, protected: false });
    await expectFailure(`${PAGE}#worksheet=${await packAgreed(sent, null)}`, /holds the agreed version, not a copy/);
    await expectFailure(`${PAGE}#worksheet=${await packAgreed({ ...sent, from: 'mentee' }, null)}`, /does not hold an agreed worksheet this page can read: the agreed version must come with the sender’s own copy\./);
  });
});

describe('reading worksheet links', () => {
  it('forgive line breaks and trailing punctuation', async () => {
    const url = await link(mentorCopy());
    const wrapped = `${url.slice(0, 60)}\n  ${url.slice(60, 130)}\r\n${url.slice(130)}).`;
    expect(await readLink(wrapped, t)).toEqual({ ok: true, copy: mentorCopy() });
  });

  it('detect a changed character anywhere, and every truncation', async () => {
    const url = await link(mentorCopy());
    const start = url.indexOf('.', url.indexOf('#')) + 1;
    for (let at = start; at < url.length; at += 5) {
      const changed = url.slice(0, at) + (url[at] === 'A' ? 'B' : 'A') + url.slice(at + 1);
      await expectFailure(changed, /incomplete or has been changed/);
    }
    for (let end = url.length - 1; end > start; end -= 7) await expectFailure(url.slice(0, end), /incomplete or has been changed/);
  });

  it('say an ew1 link with a correct checksum but undecodable data cannot be unpacked, not that its checksum is wrong', async () => {
    await expectFailure(ew1For('not json at all'), /checksum is right, but what it holds cannot be unpacked/);
    const noDeflate = new TextEncoder().encode('raw bytes, never deflated');
    await expectFailure(`ew1.${crc32(noDeflate)}.${toBase64Url(noDeflate)}`, /checksum is right/);
  });

  it('name the first field at fault when the data is not a copy, in both formats', async () => {
    await expectFailure(ew1For('{"hello":"world"}'), /^This link does not hold a worksheet copy this page can read: template is missing\.$/);
    await expectFailure(ew1For(JSON.stringify({ ...mentorCopy(), role: 'boss' })), /: role must be one of "mentor", "mentee"\.$/);
    const bad = await packCopy({ ...mentorCopy(), updatedAt: '2026-01-01T00:00:00+01' } as Copy, null);
    await expectFailure(bad, /^This link does not hold a worksheet copy this page can read: updatedAt must be a date and time this browser can read/);
  });

  it('stop inflating past the size limit (a small link cannot expand into megabytes)', async () => {
    await expectFailure(ew1For(JSON.stringify({ ...mentorCopy(), answers: { goals: 'a'.repeat(300_000) } })), /holds more than a worksheet copy can/);
    const big = await packCopy({ ...mentorCopy(), answers: { goals: 'a'.repeat(300_000) } }, null);
    expect(big.length).toBeLessThan(MAX_LINK_CHARS);
    await expectFailure(big, /unpacks to more than a worksheet copy can hold \(over 200 KB\)/);
  });

  it('refuse input longer than any link, links of a newer format, and things that are not links', async () => {
    await expectFailure(`${PAGE}#worksheet=ex1.${'a'.repeat(MAX_READ_CHARS)}`, /longer than any worksheet link/);
    await expectFailure(`${PAGE}#worksheet=ew2.00000000.AAAA`, /newer version of the playbook/);
    await expectFailure(`${PAGE}#worksheet=ex2.AAAA`, /newer version of the playbook/);
    await expectFailure('https://example.org/some/other/page', /is not one the playbook made/);
    await expectFailure('   ', /Paste the link/);
  });
});
