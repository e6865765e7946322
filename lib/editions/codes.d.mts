// Types for codes.mjs (plain JavaScript, read by next.config.mjs).
export const editionCodeList: readonly string[];
export const defaultEditionCode: string;
export function editionPrefix(code: string): string;
