/** The exchange module, loaded with import() on first send or receive: never in a page's start-up JavaScript. */
export type ExchangeApi = typeof import('../../../lib/exchange/index');

export const loadExchange = (): Promise<ExchangeApi> => import('../../../lib/exchange/index');
