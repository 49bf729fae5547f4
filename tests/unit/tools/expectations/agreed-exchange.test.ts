import { describe, expect, it } from 'vitest';
import { agreedFit, importAgreed, receiverAgreed, sendAgreed } from '../../../../src/tools/expectations/agreed-exchange';
import { startAgreement } from '../../../../src/tools/expectations/compare';
import type { Stored } from '../../../../src/tools/expectations/schema';
import { menteeCopy, mentorCopy, NOW, template, t } from './fixtures';

const mentorSide = (): Stored => ({ mine: mentorCopy(), theirs: { ...menteeCopy(), importedAt: NOW.toISOString() }, agreed: null });
const menteeSide = (): Stored => ({ mine: menteeCopy(), theirs: { ...mentorCopy(), importedAt: NOW.toISOString() }, agreed: null });

describe('sending the agreed version', () => {
  const agreed = { ...startAgreement(template, mentorCopy(), menteeCopy(), NOW), sources: { goals: 'mine', 'meeting-place': 'theirs', channels: 'edited' } as const };
  const sent = sendAgreed(mentorCopy(), agreed);

  it('swaps "mine" and "theirs" for the other person, and keeps them for the sender’s own role', () => {
    const theirs = receiverAgreed(sent, 'mentee');
    expect(theirs.sources).toEqual({ goals: 'theirs', 'meeting-place': 'mine', channels: 'edited' });
    expect(theirs.basedOn).toEqual({ mine: agreed.basedOn.theirs, theirs: agreed.basedOn.mine });
    expect(receiverAgreed(sent, 'mentor')).toBe(agreed);
  });

  it('fits the other person, and imports as their agreed version beside the sender’s copy', () => {
    expect(agreedFit(template, menteeSide(), sent, t)).toEqual({ ok: true, notes: [] });
    const imported = importAgreed(menteeSide(), sent, NOW);
    expect(imported.agreed).toEqual(receiverAgreed(sent, 'mentee'));
    expect(imported.theirs).toEqual(menteeSide().theirs);
  });

  it('brings the sender’s copy to someone who has not imported it yet', () => {
    const alone: Stored = { mine: menteeCopy(), theirs: null, agreed: null };
    expect(agreedFit(template, alone, sent, t)).toEqual({ ok: true, notes: [] });
    expect(importAgreed(alone, sent, NOW)).toEqual({ mine: menteeCopy(), theirs: { ...mentorCopy(), importedAt: NOW.toISOString() }, agreed: receiverAgreed(sent, 'mentee') });
  });

  it('says when it was agreed from an earlier copy, brings a newer copy of theirs, or replaces an agreed version', () => {
    const changed: Stored = { mine: { ...menteeCopy(), updatedAt: '2026-12-01T00:00:00.000Z' }, theirs: { ...mentorCopy(), updatedAt: '2026-10-01T00:00:00.000Z', importedAt: NOW.toISOString() }, agreed };
    const fit = agreedFit(template, changed, sent, t);
    expect(fit.ok && fit.notes).toEqual([expect.stringMatching(/earlier version of your copy/), expect.stringMatching(/replaces the one you imported before/), expect.stringMatching(/replaces the agreed version/)]);
    expect(importAgreed(changed, sent, NOW).theirs).toEqual({ ...mentorCopy(), importedAt: NOW.toISOString() });
  });

  it('can only be read and printed without one’s own copy, from one’s own role, or on another worksheet', () => {
    expect(agreedFit(template, { mine: null, theirs: null, agreed: null }, sent, t)).toEqual({ ok: false, reason: expect.stringMatching(/first start your own copy/) });
    expect(agreedFit(template, mentorSide(), sent, t)).toEqual({ ok: false, reason: expect.stringMatching(/sent by a mentor, and you are the mentor/) });
    expect(agreedFit(template, menteeSide(), { ...sent, agreed: { ...agreed, template: { id: 'other', version: 1 } } }, t)).toMatchObject({ ok: false });
  });
});
