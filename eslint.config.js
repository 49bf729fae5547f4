// ESLint flat config. Syntax-only (no type information), so a full run stays fast.
import js from '@eslint/js';
import vitest from '@vitest/eslint-plugin';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// Preact writes the HTML attribute names: `for`, not React's `htmlFor`.
const preactA11ySettings = { 'jsx-a11y': { attributes: { for: ['htmlFor', 'for'] } } };

export default defineConfig(
  {
    ignores: ['dist/', '.cache/', '.astro/', 'node_modules/', 'public/pagefind/', 'bench/results/'],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // `_name` marks a parameter or binding kept on purpose (a callback's position, a rest sibling).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },

  // Browser code: the islands, the shared kit, the pure lib (it runs in the browser too).
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // Preact views: the jsx-a11y recommended rules. No React plugin: its rules don't apply to Preact.
  {
    // The plugin object itself, the one the Astro plugin's a11y config registers too (ESLint
    // refuses two different objects under one name).
    files: ['**/*.tsx'],
    plugins: { 'jsx-a11y': jsxA11y },
    rules: jsxA11y.flatConfigs.recommended.rules,
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true }, jsxPragma: null } },
    settings: preactA11ySettings,
  },

  // Astro components: the plugin's recommended rules and jsx-a11y over their templates (it maps
  // `for` to `htmlFor` itself).
  astro.configs['flat/recommended'],
  astro.configs['flat/jsx-a11y-recommended'],

  // Build-time code, scripts, the benchmark and the configs run on Node.
  {
    files: ['**/*.{mjs,mts,js}', 'src/content/**/*.ts', 'src/content.config.ts', '*.config.{ts,mjs,js}'],
    languageOptions: { globals: { ...globals.node } },
  },

  // Tests: vitest's recommended rules; they run on Node and drive the browser through playwright.
  {
    files: ['tests/**/*.{ts,tsx}'],
    plugins: { vitest },
    rules: {
      ...vitest.configs.recommended.rules,
      // Vitest's expect takes a message as its second argument; the tests use it to say what failed.
      'vitest/valid-expect': ['error', { maxArgs: 2 }],
      // Property tests assert through fast-check, browser tests through the harness's expect… helpers.
      'vitest/expect-expect': ['error', { assertFunctionNames: ['expect*', 'fc.assert'] }],
    },
    languageOptions: { globals: { ...globals.node } },
  },
);
