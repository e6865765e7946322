// Types for bare-next.mjs (plain JavaScript, run by npm test without a compiler).
export const bareNextDir: string;
export function writeBareNext(root: string): string;
