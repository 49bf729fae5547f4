/** What is not needed at start, in one chunk the island loads with import() on first use: the views, and the link reader for a link opened on the page. */
export { ExchangePanel } from './ExchangePanel';
export { ImportPreview } from './ImportPreview';
export { AgreementView } from './AgreementView';
export { readLink } from './share';
export { importProblem } from './import-checks';
