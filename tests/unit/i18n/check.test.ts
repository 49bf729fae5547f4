import { describe, expect, it } from 'vitest';
import { checkMessagesFile, compareWithReference, untranslatedKeys, type MessagesFile } from '../../../src/content/i18n-check';

const en: MessagesFile = { language: 'en', name: 'English', fallback: null, messages: { 'nav.home': 'Home', 'goals.count': { one: '{count} goal', other: '{count} goals' }, 'saved.at': 'Saved {time}' } };
const file = (messages: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ language: 'es', name: 'Español', fallback: null, messages, ...extra });

describe('checkMessagesFile', () => {
  it('accepts a complete file', () => {
    expect(checkMessagesFile(file({ 'nav.home': 'Inicio' }), 'content/i18n/es.json', 'es')).toMatchObject({ ok: true });
  });
  it('names the file and the key of every problem', () => {
    const r = checkMessagesFile(file({ 'nav.home': '', 'Bad Key': 'x', 'goals.count': { other: '{count} objetivos', few: 'x' } }, { colour: 1 }), 'content/i18n/es.json', 'es');
    expect(r.ok).toBe(false);
    const problems = r.ok ? [] : r.problems;
    expect(problems).toContain('content/i18n/es.json: colour: is not a field of a messages file (fields: language, name, fallback, messages)');
    expect(problems).toContain('content/i18n/es.json: messages."nav.home": is empty');
    expect(problems.some((p) => p.startsWith('content/i18n/es.json: messages."Bad Key": is not a message key'))).toBe(true);
    expect(problems.some((p) => p.includes('messages."goals.count".few: "es" has no plural form "few"'))).toBe(true);
    expect(problems).toContain('content/i18n/es.json: messages."goals.count": the plural form "one" is missing');
  });
  it('checks the language code against the file name', () => {
    const r = checkMessagesFile(file({}, { language: 'pt' }), 'content/i18n/es.json', 'es');
    expect(r.ok ? [] : r.problems).toContain('content/i18n/es.json: language: says "pt" but the file is named es.json');
  });
});

describe('compareWithReference', () => {
  const es = (messages: MessagesFile['messages'], fallback: string | null = null): MessagesFile => ({ language: 'es', name: 'Español', fallback, messages });
  it('fails on a missing key, naming file and key, unless the language falls back to English', () => {
    const missing = compareWithReference(es({ 'nav.home': 'Inicio' }), 'es.json', en, 'en.json');
    expect(missing).toContain('es.json: messages."saved.at": missing (en.json has it); translate it, or set "fallback": "en" to show the English text');
    expect(compareWithReference(es({ 'nav.home': 'Inicio' }, 'en'), 'es.json', en, 'en.json')).toEqual([]);
    expect(untranslatedKeys(es({ 'nav.home': 'Inicio' }, 'en'), en)).toEqual(['goals.count', 'saved.at']);
  });
  it('fails on unknown keys and placeholders that differ from English', () => {
    const p = compareWithReference(es({ 'nav.home': 'Inicio {name}', 'nav.homee': 'x', 'saved.at': 'Guardado', 'goals.count': { one: 'un objetivo', other: '{count} objetivos' } }, 'en'), 'es.json', en, 'en.json');
    expect(p).toContain('es.json: messages."nav.home": uses {name}, which en.json does not fill');
    expect(p).toContain('es.json: messages."nav.homee": en.json has no such key (a typo, or a key that was removed)');
    expect(p).toContain('es.json: messages."saved.at": leaves out {time}');
    expect(p.some((x) => x.includes('goals.count'))).toBe(false);
  });
  it('keeps plural messages plural', () => {
    expect(compareWithReference(es({ 'goals.count': 'objetivos' }, 'en'), 'es.json', en, 'en.json')).toContain('es.json: messages."goals.count": must have plural forms, as in en.json');
  });
});
