import { describe, expect, it } from 'vitest';
import { pickMessages, placeholders, pluralCategories, translator } from '../../../src/lib/i18n/format';

const en = { 'goals.count': { one: '{count} goal', other: '{count} goals' }, 'saved.at': 'Saved {time}', 'nav.home': 'Home' } as const;
const es = { 'goals.count': { one: '{count} objetivo', many: '{count} de objetivos', other: '{count} objetivos' }, 'saved.at': 'Guardado {time}' } as const;

describe('translator', () => {
  it('fills placeholders and formats numbers for the language', () => {
    expect(translator('en', en).t('goals.count', { count: 12000 })).toBe('12,000 goals');
    expect(translator('es', es).t('goals.count', { count: 12000 })).toBe('12.000 objetivos');
    expect(translator('en', en).t('saved.at', { time: '09:00' })).toBe('Saved 09:00');
  });

  it('chooses the plural form with Intl.PluralRules, not "+s"', () => {
    const t = translator('es', es).t;
    expect(t('goals.count', { count: 1 })).toBe('1 objetivo');
    expect(t('goals.count', { count: 0 })).toBe('0 objetivos');
    expect(t('goals.count', { count: 1_000_000 })).toBe('1.000.000 de objetivos');
  });

  it('falls back to English only where the language declares it', () => {
    expect(translator('es', es, en).t('nav.home')).toBe('Home');
    expect(() => translator('es', es).t('nav.home')).toThrow(/no message "nav.home" in es/);
  });

  it('refuses a plural message without a numeric count and a missing parameter', () => {
    expect(() => translator('en', en).t('goals.count')).toThrow(/numeric \{count\}/);
    expect(() => translator('en', en).t('saved.at')).toThrow(/needs the parameter \{time\}/);
  });

  it('joins lists in the language (British English for "en", as the rest of the site writes)', () => {
    expect(translator('en', en).list(['a', 'b', 'c'])).toBe('a, b and c');
    expect(translator('es', es).list(['a', 'b', 'c'])).toBe('a, b y c');
    expect(translator('es', es).list(['a', 'b'], 'disjunction')).toBe('a o b');
  });
});

describe('message helpers', () => {
  it('lists placeholders across plural forms', () => {
    expect(placeholders({ one: 'one goal for {name}', other: '{count} goals for {name}' })).toEqual(['count', 'name']);
  });
  it('knows each language’s plural categories', () => {
    expect(pluralCategories('en')).toEqual(['one', 'other']);
    expect(pluralCategories('es')).toContain('one');
  });
  it('picks an island’s messages by prefix', () => {
    expect(Object.keys(pickMessages(en, ['goals.', 'nav.']))).toEqual(['goals.count', 'nav.home']);
  });
});
