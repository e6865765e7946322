import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      // Readers move between static pages with plain links: next/link's client router and
      // prefetching cost ~8 KB of gzip JavaScript per page and requests on slow connections.
      '@next/next/no-html-link-for-pages': 'off',
      // Images use next/image's getImageProps() on a plain <img>: optimized, responsive
      // sources without the client component.
      '@next/next/no-img-element': 'off',
    },
  },
  globalIgnores([
    '.next/**',
    'node_modules/**',
    'test-results/**',
    'playwright-report/**',
    'bench/out/**',
    'next-env.d.ts',
  ]),
]);
