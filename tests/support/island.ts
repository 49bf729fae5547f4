/** Set-up shared by the islands' component tests: a fresh in-memory localStorage per test, and cleanup. */
import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach } from 'vitest';
import { MemoryStorage } from './memory-storage';

/** Installs a new MemoryStorage as window.localStorage before each test; returns a getter for it. */
export function useMemoryLocalStorage(): () => MemoryStorage {
  let storage = new MemoryStorage();
  beforeEach(() => {
    storage = new MemoryStorage();
    Object.defineProperty(window, 'localStorage', { value: storage, configurable: true });
  });
  afterEach(cleanup);
  return () => storage;
}
