import 'server-only';
import { createReadStream } from 'node:fs';
import { lineError } from './errors';
import { describeIssues, type Row, type Table } from './tables';

const newline = 0x0a;

/**
 * The lines of a file as bytes, numbered from 1. Split on "\n" alone: JSON escapes every
 * line break inside a string, so any other separator (U+2028, a lone "\r") is part of a value.
 */
export async function* readLines(file: string): AsyncGenerator<{ line: number; bytes: Buffer }> {
  let pending: Buffer[] = [];
  let line = 0;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let end = chunk.indexOf(newline); end !== -1; end = chunk.indexOf(newline, start)) {
      pending.push(chunk.subarray(start, end));
      line += 1;
      yield { line, bytes: Buffer.concat(pending) };
      pending = [];
      start = end + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  // A last line without its newline still counts: the file may have been edited by hand.
  if (pending.length > 0) yield { line: line + 1, bytes: Buffer.concat(pending) };
}

// Bytes that are not UTF-8 are an error, not a replacement character in someone's comment.
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** One line of a table's file as a row of that table, or an error naming the line and field. */
export function parseRow(table: Table, line: number, bytes: Buffer): Row {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw lineError(table.name, line, 'not UTF-8 text');
  }
  if (text.trim() === '') throw lineError(table.name, line, 'empty line (expected one row)');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw lineError(
      table.name,
      line,
      `not JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw lineError(table.name, line, 'expected one JSON object (a row)');
  const result = table.row.safeParse(value);
  if (!result.success) throw lineError(table.name, line, describeIssues(result.error));
  return result.data;
}

/** One row as a line: its columns in the table's order, whichever engine it was read from. */
export function formatRow(row: Row): string {
  return `${JSON.stringify(row)}\n`;
}
