import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DatabaseBusyError, openSqlite, retryWhenBusy } from '@/lib/db';

function twoConnections() {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'busy-')), 'busy.db');
  const db = openSqlite(file);
  db.exec('CREATE TABLE t (n INTEGER)');
  const other = new Database(file);
  return { db, other };
}

describe('retryWhenBusy', () => {
  it('waits for a lock between tries, without blocking the event loop for long', async () => {
    const { db, other } = twoConnections();
    const store = retryWhenBusy({
      async add(n: number) {
        db.prepare('INSERT INTO t (n) VALUES (?)').run(n);
      },
    });
    other.exec('BEGIN IMMEDIATE');
    let longestPause = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      longestPause = Math.max(longestPause, now - last);
      last = now;
    }, 5);
    setTimeout(() => other.exec('COMMIT'), 300);
    await store.add(1);
    clearInterval(timer);
    expect(db.prepare('SELECT COUNT(*) AS n FROM t').get()).toEqual({ n: 1 });
    expect(longestPause).toBeLessThan(200);
  });

  it('gives up with DatabaseBusyError when the lock outlasts its budget, having written nothing', async () => {
    const { db, other } = twoConnections();
    const store = retryWhenBusy(
      {
        async add(n: number) {
          db.prepare('INSERT INTO t (n) VALUES (?)').run(n);
        },
      },
      { budgetMs: 200, firstDelayMs: 10 },
    );
    other.exec('BEGIN IMMEDIATE');
    await expect(store.add(1)).rejects.toBeInstanceOf(DatabaseBusyError);
    other.exec('COMMIT');
    expect(db.prepare('SELECT COUNT(*) AS n FROM t').get()).toEqual({ n: 0 });
  });

  it('passes other errors through at once', async () => {
    const store = retryWhenBusy({
      async fail() {
        throw new Error('not a lock');
      },
    });
    await expect(store.fail()).rejects.toThrow('not a lock');
  });
});
