import 'server-only';
import type { Database } from '../db';
import type { Row, Table } from './tables';

/** A row read from a file, with the line it came from for the errors that name it. */
export type LineRow = { line: number; row: Row };

export type SnapshotReader = {
  /** The newest migration the store has applied (each engine numbers its own). */
  schemaVersion(): Promise<number>;
  /** The table's rows in their stable order, a batch at a time, as the database gives them. */
  rows(table: Table): AsyncIterable<Record<string, unknown>[]>;
};

export type Writer = {
  count(table: Table): Promise<number>;
  /** Inserts the rows as they are, ids included; a row the database refuses is named by its line. */
  insert(table: Table, rows: readonly LineRow[]): Promise<void>;
  /** Moves each table's id counter past its largest id, so the next new row does not collide. */
  passImportedIds(): Promise<void>;
};

/** What a transfer needs of a database engine. */
export type Engine = {
  name: Database['engine'];
  /** `work` sees one consistent state of every table, however long it takes. */
  snapshot<T>(work: (reader: SnapshotReader) => Promise<T>): Promise<T>;
  /** `work` in one write transaction: all of it is kept, or none of it. */
  write<T>(work: (writer: Writer) => Promise<T>): Promise<T>;
};

/** Rows per batch: a page of a read, or one multi-row INSERT (well under 65,535 parameters). */
export const batchSize = 500;
