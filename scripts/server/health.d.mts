// Types for health.mjs (plain JavaScript, run by the server without a compiler).
import type { IncomingMessage, ServerResponse } from 'node:http';
export const healthSlot: unique symbol;
export function answerHealth(
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
): boolean;
