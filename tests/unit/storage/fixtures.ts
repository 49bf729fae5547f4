/** A small store definition with three versions, for testing the data layer itself. */
import * as v from 'valibot';
import { defineStore } from '../../../src/lib/storage';

/**
 * v1: { notes: string[] }
 * v2: { notes: { text: string }[] }
 * v3: { notes: { text: string; done: boolean }[]; title: string }
 */
const schema = v.object({
  title: v.string(),
  notes: v.array(v.object({ text: v.string(), done: v.boolean() })),
});
export type NotesData = v.InferOutput<typeof schema>;

export const notesStore = defineStore<NotesData>({
  tool: 'notes',
  label: 'Notes',
  version: 3,
  schema,
  migrations: {
    1: (old) => ({ notes: (old as { notes: string[] }).notes.map((text) => ({ text })) }),
    2: (old) => ({ title: '', notes: (old as { notes: { text: string }[] }).notes.map((n) => ({ ...n, done: false })) }),
  },
  empty: () => ({ title: '', notes: [] }),
  summarise: (d) => `${d.notes.length} notes`,
  isEmpty: (d) => d.notes.length === 0 && !d.title,
});

export const FIXTURES = {
  1: { format: 'mentoring-playbook/notes', version: 1, savedAt: '2025-01-02T10:00:00.000Z', data: { notes: ['ask about funding'] } },
  2: { format: 'mentoring-playbook/notes', version: 2, savedAt: '2025-06-02T10:00:00.000Z', data: { notes: [{ text: 'ask about funding' }] } },
  3: { format: 'mentoring-playbook/notes', version: 3, savedAt: '2026-01-02T10:00:00.000Z', data: { title: 'Plan', notes: [{ text: 'ask about funding', done: true }] } },
} as const;

const itemsSchema = v.object({
  title: v.string(),
  items: v.pipe(v.array(v.object({ id: v.string(), text: v.string(), done: v.boolean() })), v.maxLength(5)),
  updatedAt: v.string(),
});
export type ItemsData = v.InferOutput<typeof itemsSchema>;

/** A store whose items have ids, as the tools' goals, answers and attempts do. */
export const itemsStore = defineStore<ItemsData>({
  tool: 'items',
  label: 'Items',
  version: 1,
  schema: itemsSchema,
  migrations: {},
  empty: () => ({ title: '', items: [], updatedAt: '' }),
  summarise: (d) => `${d.items.length} items`,
  isEmpty: (d) => d.items.length === 0,
  quiet: ['updatedAt'],
});
