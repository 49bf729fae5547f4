/** Item-level merge of a tool's stored data: see state.ts for the stored shape, merge.ts for the rules. */
export { flatten, materialize } from './flatten';
export { mergeStates, type QuietPaths } from './merge';
export { dataOf, fromStored, liveEntries, stampChanges, toStored, valueAt, type Earlier, type StoredSync, type SyncState } from './state';
export { newReplica, stampAt, stampClock, stampTime, type Stamp } from './stamp';
export { segments } from './paths';
