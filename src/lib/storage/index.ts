export { defineStore, decodeEnvelope, decodeRaw, encodeEnvelope, storedText, formatName, type Envelope, type StoreDefinition } from './definition';
export { createToolStore, isQuotaError, type StoreStatus, type ToolStore, type ToolStoreOptions } from './tool-store';
export { toolKey, recoveryKey, listRecovery, type RecoveryEntry } from './keys';
export { buildExport, exportOne, exportFileName, parseExport, EXPORT_FORMAT, EXPORT_VERSION, MAX_EXPORT_BYTES, type AnyDefinition, type ExportFile, type RawCopy } from './export-file';
