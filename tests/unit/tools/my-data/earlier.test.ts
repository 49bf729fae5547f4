import { describe, expect, it } from 'vitest';
import { createToolStore, toolKey } from '../../../../src/lib/storage';
import * as sync from '../../../../src/lib/storage/sync/store-sync';
import { describePath, earlierDownload, listEarlier, restoreEarlier } from '../../../../src/tools/my-data/earlier';
import { store as planner } from '../../../../src/tools/goal-planner/store';
import { blankGoal, type PlannerData } from '../../../../src/tools/goal-planner/model';
import { emptyPlan } from '../../../../src/tools/goal-planner/plan';
import { MemoryStorage } from '../../../support/memory-storage';
import { englishFileMessages } from '../../../support/messages';
import { translator } from '../../../../src/lib/i18n/format';

const EN = translator('en', englishFileMessages());

const BASE = '/';
const plan = (statement: string): PlannerData => ({ ...emptyPlan(), goals: [{ ...blankGoal('g1'), statement, type: 'skill' }] });

/** Two tabs change the same goal's statement; the later wins and the other is an earlier version. */
function conflicted() {
  const storage = new MemoryStorage();
  let clock = Date.parse('2026-12-01T10:00:00Z');
  const tab = () => createToolStore(planner, { storage, base: BASE, now: () => new Date((clock += 1000)), setTimer: () => 0, clearTimer: () => undefined, loadSync: () => sync });
  const seed = tab();
  seed.load();
  seed.save(plan('Give a talk'));
  seed.flush();
  const a = tab();
  const b = tab();
  a.load();
  b.load();
  a.save(plan('Give a keynote'));
  b.save(plan('Give a lightning talk'));
  a.flush();
  b.flush();
  return storage;
}

describe('earlier versions on My data', () => {
  it('are listed with where they belonged and what they held', () => {
    const rows = listEarlier(conflicted(), BASE, [planner], EN);
    expect(rows.map((r) => [r.where, r.preview])).toEqual([['Goals › “Give a lightning talk” › Statement', 'Give a keynote']]);
  });

  it('restore puts the version back, and keeps what it replaced as an earlier version', () => {
    const storage = conflicted();
    const [row] = listEarlier(storage, BASE, [planner], EN);
    expect(restoreEarlier(storage, BASE, row!, new Date('2026-12-01T11:00:00Z'), EN)).toEqual({ ok: true });
    expect(JSON.parse(storage.getItem(toolKey(BASE, 'goal-planner'))!).data.goals[0].statement).toBe('Give a keynote');
    expect(listEarlier(storage, BASE, [planner], EN).map((r) => r.preview)).toEqual(['Give a lightning talk']);
  });

  it('cannot restore into an item that was deleted since, and says so', () => {
    const storage = conflicted();
    const [row] = listEarlier(storage, BASE, [planner], EN);
    const t = createToolStore(planner, { storage, base: BASE, now: () => new Date('2026-12-01T10:30:00Z'), setTimer: () => 0, clearTimer: () => undefined, loadSync: () => sync });
    t.load();
    t.save(emptyPlan());
    t.flush();
    expect(restoreEarlier(storage, BASE, row!, new Date('2026-12-01T11:00:00Z'), EN)).toMatchObject({ ok: false, reason: expect.stringContaining('deleted') });
  });

  it('describe paths in words, even for items no longer there', () => {
    expect(describePath(EN, { goals: [] }, '/goals/g9/statement')).toBe('Goals › an item no longer here › Statement');
    expect(describePath(EN, { mine: { answers: {} } }, '/mine/answers/meeting-frequency')).toBe('Mine › Answers › Meeting frequency');
  });
});

describe('an earlier version downloaded on its own', () => {
  it('is a dated JSON file saying where it belonged', () => {
    const [row] = listEarlier(conflicted(), BASE, [planner], EN);
    const file = earlierDownload(row!);
    expect(file.name).toMatch(/^mentoring-playbook-earlier-goal-planner-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(file.text)).toMatchObject({ tool: 'goal-planner', value: 'Give a keynote' });
  });
});
