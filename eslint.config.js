// Lint rules that keep the architecture honest: the engine, the CLI, the bridge, the renderer and
// the tests never load Electron; the renderer never touches Node; main and preload follow
// Electron's security checklist (eslint-plugin-electron-security, strict preset).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import electronSecurity from 'eslint-plugin-electron-security';
import globals from 'globals';

const noElectron = {
  name: 'electron',
  message: 'Only electron/main and electron/preload may import electron (the engine runs in the CLI and tests too, and Node must never fetch the Electron binary).',
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-artifacts/**', 'bench/tmp/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2024, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [{ group: ['electron/*'], message: noElectron.message }] }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='require'][arguments.0.value='electron']", message: noElectron.message },
        { selector: "ImportExpression[source.value='electron']", message: noElectron.message },
      ],
    },
  },
  {
    ...electronSecurity.configs.strict,
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: {
      ...electronSecurity.configs.strict.rules,
      'no-restricted-imports': 'off',
      'no-restricted-syntax': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            { group: ['node:*'], message: 'The renderer runs in a sandboxed page: no Node modules.' },
            { group: ['**/engine/store/**', '**/engine/host/**', '**/engine/dns/**', '**/engine/smtp/**'], message: 'The renderer reaches the engine only through window.mailpath and pure model/contract/i18n modules.' },
          ],
        },
      ],
    },
  },
);
