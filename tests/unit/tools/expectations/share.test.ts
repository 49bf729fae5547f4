import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeToken, findToken, makeLink, MAX_IMPORT_CHARS, MAX_LINK_CHARS, readLink } from '../../../../src/tools/expectations/share';
import { MAX_IMPORT_BYTES } from '../../../../src/tools/expectations/import-checks';
import { crc32, deflateRaw, toBase64Url } from '../../../../src/tools/expectations/codec';
import type { Copy } from '../../../../src/tools/expectations/schema';
import { menteeCopy, mentorCopy, template } from './fixtures';

const PAGE = 'https://example.org/mentoring/tools/expectations/';

async function link(copy: Copy): Promise<string> {
  const made = await makeLink(PAGE, copy);
  if (!made.ok) throw new Error(made.message);
  return made.url;
}

/** A token made by hand, for content the real encoder would never produce. */
async function tokenFor(text: string): Promise<string> {
  const packed = await deflateRaw(new TextEncoder().encode(text));
  return `ew1.${crc32(packed)}.${toBase64Url(packed)}`;
}

const expectFailure = async (input: string, message: RegExp) => {
  const result = await readLink(input);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.message).toMatch(message);
};

describe('share links', () => {
  it('carry the copy in the fragment, with a format prefix and a checksum', async () => {
    const url = await link(mentorCopy());
    expect(url.startsWith(`${PAGE}#worksheet=ew1.`)).toBe(true);
    expect(url.split('#worksheet=')[1]).toMatch(/^ew1\.[0-9a-f]{8}\.[A-Za-z0-9_-]+$/);
  });

  it('round-trip a copy exactly', async () => {
    const copy = menteeCopy();
    expect(await readLink(await link(copy))).toEqual({ ok: true, copy });
  });

  it('round-trip any Unicode: accents, combining marks, emoji, right-to-left and CJK text, line breaks', async () => {
    const copy = mentorCopy({
      goals: 'Ship the 🚀 release; 学习 Rust; ‏مرحبا‎; Cafe\u0301 — “quotes”\nsecond line\r\nthird',
      'meeting-place': '👩🏽‍💻 pair-programming room, 2ᵉ étage',
    });
    copy.names = { mentor: 'Zoë Ōtsuka-Nguyễn', mentee: 'Ægir 🦊' };
    expect(await readLink(await link(copy))).toEqual({ ok: true, copy });
  });

  it('round-trip arbitrary answers (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom('goals', 'success', 'channels', 'meeting-place'), fc.string({ unit: 'grapheme', maxLength: 300 })), async (answers) => {
        const copy = { ...mentorCopy(), answers };
        expect(await readLink(await link(copy))).toEqual({ ok: true, copy });
      }),
      { numRuns: 40 },
    );
  });

  it('compress: a typical full copy makes a link far below the limit', async () => {
    const answers = Object.fromEntries(template.sections.flatMap((s) => s.fields).map((f) => [f.id, f.type === 'date' ? '2027-03-01' : f.type === 'choice' ? f.options[0]!.value : f.example]));
    const url = await link({ ...mentorCopy(), answers });
    expect(url.length).toBeLessThan(MAX_LINK_CHARS / 2);
  });

  it('refuse to make a link longer than the limit, and say to send the file', async () => {
    let seed = 7;
    const noise = () => Array.from({ length: 1500 }, () => String.fromCharCode(33 + ((seed = (seed * 48271) % 2147483647) % 90))).join('');
    const copy = mentorCopy({ goals: noise(), success: noise(), 'expect-of-mentor': noise(), 'expect-of-mentee': noise(), confidential: noise() });
    const made = await makeLink(PAGE, copy);
    expect(made).toEqual({
      ok: false,
      length: expect.any(Number),
      message: expect.stringMatching(/too long for a link .*links stop at 8,000.*Download it as a file/),
    });
    expect(made.ok ? 0 : made.length).toBeGreaterThan(MAX_LINK_CHARS);
  });
});

describe('reading links', () => {
  it('accepts the bare fragment or token, and forgives line breaks and trailing punctuation', async () => {
    const copy = mentorCopy();
    const url = await link(copy);
    const token = url.split('#worksheet=')[1]!;
    expect(findToken(`#worksheet=${token}`)).toBe(token);
    expect(findToken(token)).toBe(token);
    const wrapped = `${url.slice(0, 60)}\n  ${url.slice(60, 130)}\r\n${url.slice(130)}).`;
    expect(await readLink(wrapped)).toEqual({ ok: true, copy });
  });

  it('detect a changed character anywhere in the data', async () => {
    const url = await link(mentorCopy());
    const at = url.length - 20;
    const changed = url.slice(0, at) + (url[at] === 'A' ? 'B' : 'A') + url.slice(at + 1);
    await expectFailure(changed, /incomplete or has been changed: its checksum does not match/);
  });

  it('detect every truncation', async () => {
    const url = await link(mentorCopy());
    const start = url.indexOf('.', url.indexOf('#')) + 10;
    for (let end = url.length - 1; end > start; end -= 7) await expectFailure(url.slice(0, end), /incomplete or has been changed/);
  });

  it('detect a changed checksum, an extra part, and characters outside base64url', async () => {
    const url = await link(mentorCopy());
    const [head, sum, data] = url.split('.').slice(-3);
    void head;
    await expectFailure(url.replace(`.${sum}.`, '.00000000.'), /checksum does not match/);
    await expectFailure(`${url}.AAAA`, /incomplete or has been changed/);
    await expectFailure(url.replace(data!, `${data!.slice(0, 10)}+/${data!.slice(12)}`), /incomplete or has been changed/);
  });

  it('refuse data with a valid checksum that is not a copy', async () => {
    await expectFailure(await tokenFor('{"hello":"world"}'), /does not hold a worksheet copy/);
    await expectFailure(await tokenFor('not json at all'), /incomplete or has been changed/);
    await expectFailure(await tokenFor(JSON.stringify({ ...mentorCopy(), role: 'boss' })), /does not hold a worksheet copy/);
  });

  it('name the first field at fault when the data is not a copy', async () => {
    await expectFailure(await tokenFor('{"hello":"world"}'), /^This link does not hold a worksheet copy this page can read: template is missing\.$/);
    await expectFailure(await tokenFor(JSON.stringify({ ...mentorCopy(), role: 'boss' })), /: role must be one of "mentor", "mentee"\.$/);
  });

  it('stop inflating past the size limit (a small link cannot expand into megabytes)', async () => {
    const bomb = await tokenFor(JSON.stringify({ ...mentorCopy(), answers: { goals: 'a'.repeat(MAX_IMPORT_BYTES + 10) } }));
    expect(bomb.length).toBeLessThan(MAX_LINK_CHARS);
    await expectFailure(bomb, /holds more than a worksheet copy can/);
  });

  it('refuse input longer than any link, links of a newer format, and things that are not links', async () => {
    await expectFailure(`${PAGE}#worksheet=ew1.${'a'.repeat(MAX_IMPORT_CHARS)}`, /longer than any worksheet link/);
    await expectFailure(`${PAGE}#worksheet=ew2.00000000.AAAA`, /newer version of the playbook/);
    await expectFailure('https://example.org/some/other/page', /not a worksheet link/);
    await expectFailure('   ', /Paste the link/);
    expect((await decodeToken('xx1.00000000.AAAA')).ok).toBe(false);
  });
});
