/** The conversation prompt bank's data: enough questions, every tag known, every phase and topic used. */
import { describe, expect, it } from 'vitest';
import { ASKERS, PHASES, PROMPTS, TOPICS } from '../../src/components/prompt-bank/prompts';
import { englishFileMessages, fileMessages } from '../support/messages';

const english = englishFileMessages();
const text = (p: { id: string }, messages: Record<string, unknown> = english) => String(messages[`promptBank.${p.id}`] ?? '');

const ids = (list: readonly { id: string }[]) => list.map((x) => x.id as string);

describe('the conversation prompt bank', () => {
  it('has at least 80 questions, each a distinct question ending with a question mark', () => {
    expect(PROMPTS.length).toBeGreaterThanOrEqual(80);
    const texts = PROMPTS.map((p) => text(p).trim().toLowerCase());
    expect(texts.filter((t, i) => texts.indexOf(t) !== i)).toEqual([]);
    expect(PROMPTS.filter((p) => !/^[A-Z].*\?$/.test(text(p))).map((p) => p.id)).toEqual([]);
  });

  it('tags each question with a known phase, one or two known topics and who asks it', () => {
    const bad = PROMPTS.filter(
      (p) =>
        !ids(PHASES).includes(p.phase) ||
        !ids(ASKERS).includes(p.asker) ||
        p.topics.length < 1 ||
        p.topics.length > 2 ||
        p.topics.some((t) => !ids(TOPICS).includes(t)),
    );
    expect(bad).toEqual([]);
  });

  it('uses every phase and topic for several questions, so no filter comes up empty', () => {
    for (const phase of ids(PHASES)) expect(PROMPTS.filter((p) => p.phase === phase).length, phase).toBeGreaterThanOrEqual(15);
    for (const topic of ids(TOPICS)) expect(PROMPTS.filter((p) => (p.topics as readonly string[]).includes(topic)).length, topic).toBeGreaterThanOrEqual(5);
    for (const asker of ids(ASKERS)) expect(PROMPTS.filter((p) => p.asker === asker).length, asker).toBeGreaterThanOrEqual(5);
  });

  it('has every question, phase, topic and asker in each language, Spanish ones as questions too', () => {
    const spanish = fileMessages('es');
    for (const p of PROMPTS) expect(text(p, spanish), p.id).toMatch(/^¿.*\?$/);
    for (const [group, list] of [['phase', PHASES], ['topic', TOPICS], ['asker', ASKERS]] as const) for (const x of list) expect(spanish[`promptBank.${group}.${x.id}`], `${group}.${x.id}`).toBeTruthy();
  });
});
