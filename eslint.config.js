// Flat ESLint config: typed rules for TypeScript, React hooks, and the one-way layering
// catalog -> engine -> components -> app (catalog and engine never import React, the router or Query).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** A relative module path that does not name its file's extension (`./x` instead of `./x.ts`). */
const NO_EXTENSION = '/^[.]{1,2}[/](?!.*[.](ts|tsx|json|css|js)([?][a-z]+)?$)/';
const extensionRule = (node) => ({
  selector: `${node}[source.value=${NO_EXTENSION}]`,
  message: 'Name the file with its extension in relative imports: ./x.ts, not ./x.',
});

const framework = ['react', 'react-dom', 'react-dom/*', 'react-router', '@tanstack/*'];
const layer = (files, forbidden, frameworkToo) => ({
  files,
  ignores: ['**/*.test.ts', '**/*.test.tsx'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...forbidden.map((dir) => ({
            group: [`**/${dir}/*`],
            message: `This layer may not import from src/${dir} (dependencies run catalog -> engine -> components -> app).`,
          })),
          ...(frameworkToo ? [{ group: framework, message: 'The domain core stays free of React, the router and TanStack Query.' }] : []),
        ],
      },
    ],
  },
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      '.bench',
      'reports',
      'node_modules',
      'playwright-report',
      'test-results',
      'src/catalog/catalog.schema.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      // `import { type X }` keeps the module in the bundle under verbatimModuleSyntax; `import type` drops it.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No raw HTML: render text as React nodes.' },
        ...['ImportDeclaration', 'ImportExpression', 'ExportNamedDeclaration', 'ExportAllDeclaration'].map(extensionRule),
      ],
    },
  },
  layer(['src/catalog/**'], ['engine', 'components', 'app'], true),
  layer(['src/engine/**'], ['components', 'app'], true),
  layer(['src/components/**'], ['app'], false),
);
