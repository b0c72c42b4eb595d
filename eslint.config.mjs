// ESLint flat config: typescript-eslint's recommended rules on the sources, tests and scripts.
// Formatting is Prettier's job (.prettierrc), so no stylistic rules here.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'src/config/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module', globals: globals.node },
    rules: {
      // The validators look for control characters on purpose (log injection, one-line values).
      'no-control-regex': 'off',
      // Tests match YAML by its indentation; literal spaces read as the file does.
      'no-regex-spaces': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);
