import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      'server-only': path.join(root, 'tests/support/server-only.ts'),
    },
  },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // A throwaway PostgreSQL for the store tests (or TEST_DATABASE_URL), shared by every file.
    globalSetup: ['tests/support/postgres-server.ts'],
    // A stray .only would quietly drop every other test: it fails the run instead.
    allowOnly: false,
    // No test files is a broken configuration, not a pass.
    passWithNoTests: false,
  },
});
