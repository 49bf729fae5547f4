/** The views not needed at start, in one chunk the island loads with import() on first use. */
export { ExchangePanel } from './ExchangePanel';
export { ImportPreview } from './ImportPreview';
export { AgreementView } from './AgreementView';
