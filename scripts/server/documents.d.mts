// Types for documents.mjs, which the plain-JavaScript server uses and tests import.
import type { IncomingMessage, ServerResponse } from 'node:http';

export function isDocumentPath(path: string): boolean;
export function withoutFrameworkScripts(html: string): string;
export function sendAsDocument(request: IncomingMessage, response: ServerResponse): void;
