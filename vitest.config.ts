import { defineConfig } from 'vitest/config';

/**
 * expect.poll's default of 1 s is too short for a browser on a busy 2-core machine (a debounced
 * save, a lazy chunk, a search): polls wait on a condition, so a generous limit costs nothing when it holds.
 */
const POLL_TIMEOUT = 10_000;
/** The longest browser flow takes about 15 s on an idle 2-core machine; leave room for a loaded one. */
const BROWSER_TEST_TIMEOUT = 120_000;

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          // Components rendered without an island's <I18n> get the English messages.
          setupFiles: ['tests/support/messages.ts'],
          // A few tests derive keys at the real work factor (PBKDF2, 600,000 iterations) several
          // times: about a second alone, over 5 s on a 2-core machine that is building at once.
          testTimeout: 30_000,
        },
      },
      {
        // Site and browser tests share one real build of the site at the root and under /mentoring/.
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/build-sites.ts'],
          fileParallelism: false,
          testTimeout: BROWSER_TEST_TIMEOUT,
          hookTimeout: 240_000,
          expect: { poll: { timeout: POLL_TIMEOUT } },
        },
      },
    ],
  },
});
