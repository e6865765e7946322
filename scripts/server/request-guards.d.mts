// Types for request-guards.mjs (plain JavaScript, run by the server without a compiler).
import type { IncomingMessage } from 'node:http';
export const maxBodyBytes: number;
export type Refusal = { status: 403 | 411 | 413; title: string; message: string };
export function siteHostOf(siteUrl: string | undefined): string | undefined;
export function refusal(
  request: IncomingMessage,
  client: { host: string | undefined },
  siteHost?: string,
): Refusal | undefined;
export function refusalPage(refusal: { title: string; message: string }): string;
