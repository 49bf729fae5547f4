import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { decodeRaw, storedText } from '../../../../src/lib/storage';
import {
  applyChanged,
  draftKeys,
  emptyDrafts,
  formKey,
  findForm,
  isDraftsEmpty,
  mergeById,
  putForm,
  readFields,
  removeForm,
  sameValue,
  summariseDrafts,
  typedWords,
  type DraftInput,
} from '../../../../src/tools/drafts/model';
import { hasDrafts } from '../../../../src/tools/drafts/peek';
import { draftsSchema, MAX_FORMS, type DraftsData } from '../../../../src/tools/drafts/schema';
import { store } from '../../../../src/tools/drafts/store';
import { MemoryStorage } from '../../../support/memory-storage';
import { englishTranslator } from '../../../support/messages';

const T0 = new Date('2026-11-22T10:00:00.000Z');
const later = (ms: number) => new Date(T0.getTime() + ms);
const input = (fields: DraftInput['fields'], extra: Partial<DraftInput> = {}): DraftInput => ({ tool: 'goal-planner', form: 'new', fields, focus: '', ...extra });

describe('putForm and removeForm', () => {
  it('keeps a form’s fields with when it started and when it last changed', () => {
    const one = putForm(emptyDrafts(), 'goal-planner:new:a', input({ statement: 'Present' }, { focus: 'gp-statement' }), T0);
    const two = putForm(one, 'goal-planner:new:a', input({ statement: 'Present a case' }), later(5000));
    expect(two.forms['goal-planner:new:a']).toEqual({ ...input({ statement: 'Present a case' }), startedAt: T0.toISOString(), updatedAt: later(5000).toISOString() });
    expect(removeForm(two, 'goal-planner:new:a')).toEqual(emptyDrafts());
    expect(removeForm(two, 'other')).toBe(two);
  });

  it('past the limit, drops the draft left alone longest, never the one being saved', () => {
    let data = emptyDrafts();
    for (let i = 0; i < MAX_FORMS; i++) data = putForm(data, `goal-planner:edit:g${i}`, input({ statement: `goal ${i}` }), later(i));
    data = putForm(data, 'goal-planner:edit:g0', input({ statement: 'touched again' }), later(MAX_FORMS));
    data = putForm(data, 'expectations:start', input({ mentor: 'Priya' }), later(MAX_FORMS + 1));
    expect(Object.keys(data.forms)).toHaveLength(MAX_FORMS);
    expect(data.forms['goal-planner:edit:g1']).toBeUndefined();
    expect(data.forms['goal-planner:edit:g0']).toBeDefined();
    expect(v.is(draftsSchema, data)).toBe(true);
  });
});

describe('findForm', () => {
  const data = [
    ['goal-planner:new:a', 1],
    ['goal-planner:new:b', 3],
    ['goal-planner:new:c', 2],
  ].reduce<DraftsData>((d, [k, t]) => putForm(d, k as string, input({}), later(t as number)), emptyDrafts());

  it('finds the form’s own draft first', () => {
    expect(findForm(data, 'goal-planner:new:a', 'goal-planner:new:')?.[0]).toBe('goal-planner:new:a');
  });

  it('adopts the newest draft under the prefix that no open form holds', () => {
    expect(findForm(data, 'goal-planner:new:zzz', 'goal-planner:new:')?.[0]).toBe('goal-planner:new:b');
    expect(findForm(data, 'goal-planner:new:zzz', 'goal-planner:new:', new Set(['goal-planner:new:b']))?.[0]).toBe('goal-planner:new:c');
    expect(findForm(data, 'goal-planner:new:zzz')).toBeUndefined();
  });
});

describe('sameValue', () => {
  it('compares JSON values deeply, whatever the key order', () => {
    expect(sameValue({ a: 1, b: [{ x: '1', y: true }] }, { b: [{ y: true, x: '1' }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue([], {})).toBe(false);
    expect(sameValue(null, {})).toBe(false);
  });
});

describe('applyChanged', () => {
  it('writes only the fields that differ from where the form started over what is saved now', () => {
    const base = { statement: 'Fix two bugs', status: 'planned', why: '' };
    const edited = { ...base, statement: 'Fix three bugs' };
    const now = { ...base, status: 'in-progress', why: 'Written in another tab' };
    expect(applyChanged(now, base, edited)).toEqual({ statement: 'Fix three bugs', status: 'in-progress', why: 'Written in another tab' });
  });
});

describe('mergeById', () => {
  const m = (id: string, title: string, done = false) => ({ id, title, done });

  it('keeps a tick made elsewhere on an item this form renamed, and items added elsewhere', () => {
    const base = [m('1', 'Draft'), m('2', 'Review')];
    const edited = [m('1', 'First draft'), m('2', 'Review')];
    const now = [m('1', 'Draft', true), m('2', 'Review'), m('3', 'Added in the other tab')];
    expect(mergeById(now, base, edited)).toEqual([m('1', 'First draft', true), m('2', 'Review'), m('3', 'Added in the other tab')]);
  });

  it('removes what the form removed, adds what it added, and keeps an item removed elsewhere only if the form changed it', () => {
    const base = [m('1', 'A'), m('2', 'B'), m('3', 'C')];
    const edited = [m('2', 'B changed'), m('3', 'C'), m('4', 'New')];
    const now = [m('1', 'A'), m('3', 'C', true)];
    expect(mergeById(now, base, edited)).toEqual([m('2', 'B changed'), m('3', 'C', true), m('4', 'New')]);
  });
});

describe('typedWords', () => {
  it('counts the words the form holds that it did not start with, in texts and lists', () => {
    expect(typedWords({ a: 'Fix three bugs' }, { a: 'Fix two bugs' })).toBe(1);
    expect(typedWords({ a: 'one two', list: [{ title: 'three four' }] }, { a: '', list: [] })).toBe(4);
    expect(typedWords({ a: '' }, { a: 'deleted words do not count' })).toBe(0);
  });
});

describe('readFields', () => {
  it('takes each value of the right kind, and leaves the rest as the form had it', () => {
    const template = { text: 'start', done: false, list: [] as string[], type: 'skill' };
    const read = readFields(template, { text: 'typed', done: 'yes', list: ['x'], type: 'nonsense', extra: 'ignored' }, { type: (x) => x === 'skill' || x === 'career' });
    expect(read).toEqual({ text: 'typed', done: false, list: ['x'], type: 'skill' });
  });
});

describe('the drafts store', () => {
  it('round-trips through its envelope, summarises and knows when it is empty', () => {
    const data = putForm(putForm(emptyDrafts(), 'goal-planner:new:a', input({ statement: 'x' }), T0), 'expectations:start', input({ mentor: 'P' }, { tool: 'expectations', form: 'start' }), T0);
    const decoded = decodeRaw(store, storedText(store, data, T0));
    expect(decoded).toMatchObject({ kind: 'ok', data });
    expect(summariseDrafts(data, englishTranslator)).toBe('2 unsaved drafts (Goal planner and Expectations worksheet)');
    expect(isDraftsEmpty(data)).toBe(false);
    expect(isDraftsEmpty(store.empty())).toBe(true);
    expect(store.label).toBe('Unsaved drafts');
  });

  it('refuses drafts out of bounds: deep values, huge texts, odd keys', () => {
    const ok = putForm(emptyDrafts(), 'goal-planner:new:a', input({ list: [{ id: 'm', title: 't', done: true }] }), T0);
    expect(v.is(draftsSchema, ok)).toBe(true);
    const deep = putForm(emptyDrafts(), 'goal-planner:new:a', input({ list: [{ id: 'm', nested: { too: 'deep' } }] } as never), T0);
    expect(v.is(draftsSchema, deep)).toBe(false);
    expect(v.is(draftsSchema, putForm(emptyDrafts(), 'goal-planner:new:a', input({ t: 'x'.repeat(50_001) }), T0))).toBe(false);
    expect(v.is(draftsSchema, putForm(emptyDrafts(), 'no key shape', input({}), T0))).toBe(false);
    expect(v.is(draftsSchema, putForm(emptyDrafts(), 'goal-planner:new:a', input({ n: Number.POSITIVE_INFINITY }), T0))).toBe(false);
  });
});

describe('draftKeys and hasDrafts', () => {
  const stored = () => {
    let data = putForm(emptyDrafts(), formKey('goal-planner', 'schedule'), input({}), later(1));
    data = putForm(data, formKey('goal-planner', 'new', 'a'), input({}), later(5));
    data = putForm(data, formKey('expectations', 'start'), input({}), later(9));
    return storedText(store, data, T0);
  };

  it('lists one tool’s draft keys, newest first, from the stored text alone', () => {
    expect(draftKeys(stored(), 'goal-planner')).toEqual(['goal-planner:new:a', 'goal-planner:schedule']);
    expect(draftKeys(stored(), 'self-assessment')).toEqual([]);
    expect(draftKeys('{not json', 'goal-planner')).toEqual([]);
    expect(draftKeys(null, 'goal-planner')).toEqual([]);
  });

  it('tells a tool page at start whether it has drafts, without reading them', () => {
    const s = new MemoryStorage();
    expect(hasDrafts('goal-planner', s, '/')).toBe(false);
    s.setItem('playbook:/:drafts', stored());
    expect(hasDrafts('goal-planner', s, '/')).toBe(true);
    expect(hasDrafts('expectations', s, '/')).toBe(true);
    expect(hasDrafts('self-assessment', s, '/')).toBe(false);
    expect(hasDrafts('goal-planner', s, '/mentoring/')).toBe(false);
    expect(hasDrafts('goal-planner', null, '/')).toBe(false);
    s.blocked = true;
    expect(hasDrafts('goal-planner', s, '/')).toBe(false);
  });
});
