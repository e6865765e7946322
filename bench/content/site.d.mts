export function siteDir(size: number): string;
export function ensureCorpus(corpus: string, count: number): void;
export function generateCorpus(size: number): string;
export function copySources(dir: string): void;
export function buildSite(
  size: number,
  env?: Record<string, string>,
): { dir: string; corpus: string; seconds: number; staticPages: number };
export function ensureSite(size: number): {
  dir: string;
  corpus: string;
  built: boolean;
  seconds?: number;
  staticPages?: number;
};
