// Types for forwarded.mjs (plain JavaScript, run by the server without a compiler).
import type { IncomingMessage } from 'node:http';
export type Trust = (address: string, hop: number) => boolean;
export type ForwardedClient = {
  address: string;
  proto: 'http' | 'https';
  host: string | undefined;
};
export function parseTrustedProxies(setting: string | undefined): Trust;
export function forwardedClient(request: IncomingMessage, trust: Trust): ForwardedClient;
export function rewriteForwardedHeaders(request: IncomingMessage, client: ForwardedClient): void;
