/** What is not needed at start, in one chunk the island loads with import() on first use: the views, and the reader of a link opened on the page. */
export { ExchangePanel } from './ExchangePanel';
export { ImportPreview } from './ImportPreview';
export { AgreementView } from './AgreementView';
export { OpenedLink } from './OpenedLink';
