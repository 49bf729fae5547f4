/**
 * The exchange module: what the tools' send and receive views load on first use (one dynamic
 * import), never at start. Pure: no DOM, no Preact.
 */
export { packContent, passphraseProblem, MIN_PASSPHRASE_CHARS } from './pack';
export { openEnvelope, openToken, refused, refusalMessage, WRONG_PASSPHRASE, type Problem, type Received, type Via } from './read';
export { findToken, makeLink, tooLongToRead, MAX_LINK_CHARS, MAX_READ_CHARS, type LinkResult } from './link';
export { exchangeFileText, maxFileBytes, readExchangeFile } from './file';
export { cryptoAvailable } from './crypto';
export type { AnyKind, KindSpec, ParseResult } from './kinds';
export { arriveByFile, arriveByLink, openParcel, type Arrival, type Outcome, type Parcel, type Receiver } from './receive';
