import { describe, expect, test } from 'vitest';
import type { BenchRow } from '@/bench/report';
import {
  endMarker,
  formatNumber,
  groupRows,
  renderMarkdown,
  renderText,
  replaceLastRun,
  rowCells,
  startMarker,
  type ScriptResult,
} from '@/bench/runner/render';
import { readRows } from '@/bench/runner/run-script';

const row = (fields: Partial<BenchRow> = {}): BenchRow => ({
  group: 'Serving',
  what: 'seed article req/s',
  ours: 400,
  unit: 'req/s',
  baseline: 800,
  baselineName: 'padded bare',
  goal: '≥ 1.0x',
  met: false,
  note: 'missed: our own work',
  ...fields,
});

const ok = (script: string, rows: BenchRow[]): ScriptResult => ({
  script,
  ok: true,
  seconds: 12.4,
  rows,
});
const run = {
  date: '2026-12-01T00:00:00Z',
  commit: 'abc123 (dirty)',
  machine: '2 cores, 8 GB, Node v20',
  mode: 'quick' as const,
  seconds: 95,
};

describe('a row in the table', () => {
  test('figures, the ratio to the baseline, the goal and whether it was met', () => {
    expect(rowCells(row())).toEqual({
      what: 'seed article req/s',
      ours: '400 req/s',
      baseline: '800 req/s (padded bare)',
      ratio: '0.50x',
      goal: '≥ 1.0x',
      met: 'NOT met',
      note: 'missed: our own work',
    });
    expect(rowCells(row({ met: true })).met).toBe('met');
  });

  test('a row without baseline or goal leaves those cells empty', () => {
    const cells = rowCells({ group: 'Comments', what: 'posts/s', ours: 12.345, unit: '/s' });
    expect(cells).toMatchObject({ ours: '12.35 /s', baseline: '', ratio: '', goal: '', met: '' });
  });

  test('numbers keep the decimals they need', () => {
    expect(formatNumber(12345.6)).toBe('12,346');
    expect(formatNumber(123.45)).toBe('123.5');
    expect(formatNumber(1.234)).toBe('1.23');
    expect(formatNumber(0.0123)).toBe('0.012');
    expect(formatNumber(0)).toBe('0');
  });
});

describe('groups', () => {
  test('in the issue order, a new group after them, failed scripts first', () => {
    const results: ScriptResult[] = [
      ok('memory.ts', [row({ group: 'Memory' })]),
      ok('x.ts', [row({ group: 'Editions' })]),
      ok('content.ts', [row({ group: 'Content' })]),
      { script: 'serving.ts', ok: false, seconds: 3, rows: [], reason: 'exit status 1: boom' },
    ];
    expect(groupRows(results).map(([group]) => group)).toEqual([
      'Failed benchmarks',
      'Content',
      'Memory',
      'Editions',
    ]);
    const failed = groupRows(results)[0]?.[1][0];
    expect(failed).toMatchObject({
      what: 'bench/serving.ts',
      met: 'FAILED',
      note: 'exit status 1: boom',
    });
  });

  test('the rows a failed script reported before failing are kept', () => {
    const results: ScriptResult[] = [
      { script: 'serving.ts', ok: false, seconds: 3, rows: [row()], reason: 'exit status 1' },
    ];
    expect(groupRows(results).map(([group, rows]) => [group, rows.length])).toEqual([
      ['Failed benchmarks', 1],
      ['Serving', 1],
    ]);
  });
});

describe('output', () => {
  const results = [ok('serving.ts', [row(), row({ what: 'a | b', met: true })])];

  test('Markdown: the run, one table per group with escaped cells, and the scripts', () => {
    const markdown = renderMarkdown(results, run);
    expect(markdown).toContain('commit abc123 (dirty)');
    expect(markdown).toContain('Machine: 2 cores, 8 GB, Node v20.');
    expect(markdown).toContain('`npm run bench -- --quick`');
    expect(markdown).toContain('### Serving');
    expect(markdown).toContain(
      '| seed article req/s | 400 req/s | 800 req/s (padded bare) | 0.50x | ≥ 1.0x | NOT met | missed: our own work |',
    );
    expect(markdown).toContain('| a \\| b |');
    expect(markdown).toContain('| bench/serving.ts | ok | 2 | 12 s |');
  });

  test('text: a heading per group and a padded line per row', () => {
    const text = renderText(results);
    expect(text).toContain('\nServing\n');
    expect(text).toMatch(
      /seed article req\/s\s+400 req\/s\s+800 req\/s \(padded bare\)\s+0\.50x\s+≥ 1\.0x\s+NOT met/,
    );
  });

  test('only the marked section of BENCHMARKS.md is replaced', () => {
    const before = `# Benchmarks\n\nHand-written.\n\n${startMarker}\nold table\n${endMarker}\n\nMore hand-written.\n`;
    const after = replaceLastRun(before, 'new table');
    expect(after).toContain('Hand-written.');
    expect(after).toContain('More hand-written.');
    expect(after).toContain('new table');
    expect(after).not.toContain('old table');
    expect(replaceLastRun(after, 'newer')).toBe(after.replace('new table', 'newer'));
  });

  test('without markers, the section is added at the end with them', () => {
    const after = replaceLastRun('# Benchmarks\n', 'table');
    expect(after.startsWith('# Benchmarks\n')).toBe(true);
    expect(after).toContain(`${startMarker}\n\ntable\n\n${endMarker}`);
  });
});

describe('rows read back from a benchmark', () => {
  test('valid lines are rows; a bad line is an error, not skipped', () => {
    const text = `${JSON.stringify(row())}\n\n{"group":"X"}\nnot json\n`;
    const { rows, errors } = readRows(text);
    expect(rows).toHaveLength(1);
    expect(errors).toHaveLength(2);
  });
});
