// Types for compressed-page-store.mjs (plain JavaScript, used by incremental-cache-handler.mjs).
export type PageStore = {
  get(key: string): unknown;
  set(key: string, entry: unknown): void;
  has(key: string): boolean;
  remove(key: string): void;
  readonly size: number;
  readonly currentSize: number;
};
export function createCompressedPageStore(options: { maxBytes: number }): PageStore;
