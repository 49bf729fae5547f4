export type PrecacheEntry = [url: string, revision: string, bytes: number];
export interface PrecacheConfig { base: string; version: string; precache: PrecacheEntry[] }
export const CONFIG_GLOBAL: string;
export const SAVED_PAGE: RegExp;
export function shouldPrecache(rel: string, options?: { wasm?: Set<string> }): boolean;
export function urlFor(base: string, rel: string): string;
export function listFiles(dir: string): string[];
export function revisionOf(bytes: Buffer | string): string;
export function precacheConfig(outDir: string, base: string): PrecacheConfig;
export function configLine(config: PrecacheConfig): string;
export function readConfig(swFile: string): PrecacheConfig | null;
export function writeServiceWorker(outDir: string, base: string, code: string): PrecacheConfig;
export function refreshServiceWorker(outDir: string): PrecacheConfig | null;
export function formatSize(bytes: number): string;
