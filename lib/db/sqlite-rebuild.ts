import type Database from 'better-sqlite3';

/**
 * Rebuilds a table with an edited definition, SQLite's documented way to change a constraint:
 * create the new table, copy every row, drop the old one, rename, and recreate its indexes and
 * triggers. The definition is read from the schema, so columns other migrations added are kept.
 * The caller runs it in a transaction with foreign keys off and checks them before committing.
 */
export function rebuildTable(
  db: Database.Database,
  table: string,
  edit: (definition: string) => string,
): void {
  const definition = db
    .prepare<[string], { sql: string }>(
      "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?",
    )
    .get(table)?.sql;
  if (!definition) throw new Error(`rebuild: no table ${table}`);
  // Indexes made by UNIQUE constraints have no SQL: the new definition makes them again.
  const dependents = db
    .prepare<[string], { sql: string }>(
      `SELECT sql FROM sqlite_schema
       WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL`,
    )
    .all(table);
  // AUTOINCREMENT never reuses an id, not even one whose row is gone: keep its counter.
  const sequence = db
    .prepare<[string], { seq: number }>('SELECT seq FROM sqlite_sequence WHERE name = ?')
    .get(table)?.seq;
  const rebuilt = `${table}_rebuilt`;
  const edited = edit(definition);
  const renamed = edited.replace(
    new RegExp(`^CREATE TABLE "?${table}"?`),
    `CREATE TABLE ${rebuilt}`,
  );
  if (renamed === edited) throw new Error(`rebuild: unexpected definition of ${table}`);
  db.exec(renamed);
  db.exec(`INSERT INTO ${rebuilt} SELECT * FROM ${table}`);
  db.exec(`DROP TABLE ${table}`);
  // Legacy renaming leaves other tables' references alone: they already name the table.
  db.pragma('legacy_alter_table = ON');
  try {
    db.exec(`ALTER TABLE ${rebuilt} RENAME TO ${table}`);
  } finally {
    db.pragma('legacy_alter_table = OFF');
  }
  for (const { sql } of dependents) db.exec(sql);
  if (sequence !== undefined) {
    db.prepare('DELETE FROM sqlite_sequence WHERE name = ?').run(table);
    db.prepare('INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)').run(table, sequence);
  }
}
