/**
 * The messages of an island (issue 19). The page passes the island the messages it needs, in
 * the page's language (`messages={pickMessages(L.messages, [...])} lang={L.lang}`), and the
 * island's root wraps its tree in <I18n>; every component then reads `const t = useT()`.
 * Messages travel as props in the page's HTML, so no language's text is in the JavaScript.
 */
import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import { translator, type Messages, type Translator } from '../../lib/i18n/format';

const Context = createContext<Translator | null>(null);
let fallback: Translator | null = null;

/** For tests: the translator of components rendered without an island's <I18n> (tests/support/messages.ts). */
export function setDefaultMessages(lang: string, messages: Messages): void {
  fallback = translator(lang, messages);
}

/** The props every island takes for its text. */
export interface I18nProps {
  lang?: string;
  messages?: Messages;
}

export function I18n({ lang = 'en', messages, children }: I18nProps & { children: ComponentChildren }) {
  const value = useMemo(() => (messages ? translator(lang, messages) : fallback), [lang, messages]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** The island's translator: t, number, list, date and lang. */
export function useI18n(): Translator {
  const value = useContext(Context) ?? fallback;
  if (!value) throw new Error('This island has no messages: render it inside <I18n lang messages>');
  return value;
}

export const useT = (): Translator['t'] => useI18n().t;
