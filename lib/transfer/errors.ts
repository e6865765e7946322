import 'server-only';
import { fileOf, type TableName } from './tables';

/**
 * A transfer refused or stopped, with what to do about it: an export folder already in use, a
 * store that is not empty, a line that does not hold a valid row. Nothing was left behind.
 */
export class TransferError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TransferError';
  }
}

/** A problem with one line of a table's file, named the way an editor finds it. */
export function lineError(table: TableName, line: number, problem: string): TransferError {
  return new TransferError(`${fileOf(table)} line ${line}: ${problem}`);
}
