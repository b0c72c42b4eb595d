// ESLint flat config: typescript-eslint's recommended rules on the sources, tests and scripts.
// Formatting is Prettier's job (.prettierrc), so no stylistic rules here.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // Generated: dist/ by the bundler, the validators by scripts/generate-validators.ts (a test keeps them its output).
  { ignores: ['dist/**', 'node_modules/**', 'src/plan/schemas/validators/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module', globals: globals.node },
    rules: {
      // The validators look for control characters on purpose (log injection, one-line values).
      'no-control-regex': 'off',
      // Tests match YAML by its indentation; literal spaces read as the file does.
      'no-regex-spaces': 'off',
      // Prettier wraps code at 140; what it cannot wrap (one string, template or regular expression) may be longer.
      'max-len': ['error', { code: 160, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);
