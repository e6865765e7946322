// The runner's output: a plain-text table for the terminal and the Markdown section of
// BENCHMARKS.md, from the rows every benchmark reported and how each script ended.
import { ratio, type BenchRow } from '../report';

export type ScriptResult = {
  script: string;
  ok: boolean;
  seconds: number;
  rows: BenchRow[];
  /** Why a script failed: its exit status and the end of its error output. */
  reason?: string;
  /** Why a script did not measure anything in this run (reportSkipped), e.g. a quick run. */
  skipped?: string;
};

export type RunInfo = {
  date: string;
  commit: string;
  machine: string;
  mode: 'quick' | 'full';
  seconds: number;
};

/** The table's sections, in this order; a group a benchmark invents comes after them. */
export const groupOrder: readonly string[] = [
  'Content',
  'Reader-facing',
  'Serving',
  'Comments',
  'Search',
  'Memory',
];

type Cells = {
  what: string;
  ours: string;
  baseline: string;
  ratio: string;
  goal: string;
  met: string;
  note: string;
};
const columns: readonly (keyof Cells)[] = [
  'what',
  'ours',
  'baseline',
  'ratio',
  'goal',
  'met',
  'note',
];
const headings: Cells = {
  what: 'what',
  ours: 'ours',
  baseline: 'baseline (same run)',
  ratio: 'ratio',
  goal: 'goal',
  met: 'met',
  note: 'note',
};

/** A figure with as many decimals as it needs to be read: 12,345 / 123.4 / 1.23 / 0.012. */
export function formatNumber(value: number): string {
  const size = Math.abs(value);
  const digits = size >= 1000 ? 0 : size >= 100 ? 1 : size >= 1 ? 2 : size === 0 ? 0 : 3;
  return value.toLocaleString('en', { minimumFractionDigits: 0, maximumFractionDigits: digits });
}

function withUnit(value: number, unit: string): string {
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}

export function rowCells(row: BenchRow): Cells {
  const r = ratio(row);
  return {
    what: row.what,
    ours: withUnit(row.ours, row.unit),
    baseline:
      row.baseline === undefined
        ? ''
        : `${withUnit(row.baseline, row.unit)}${row.baselineName ? ` (${row.baselineName})` : ''}`,
    ratio: r === undefined ? '' : `${r.toFixed(2)}x`,
    goal: row.goal ?? '',
    met: row.goal === undefined ? '' : row.met ? 'met' : 'NOT met',
    note: row.note ?? '',
  };
}

function failureCells(result: ScriptResult): Cells {
  return {
    what: `bench/${result.script}`,
    ours: '',
    baseline: '',
    ratio: '',
    goal: 'runs',
    met: 'FAILED',
    note: result.reason ?? 'failed',
  };
}

/** Rows by group, groups in groupOrder, then failed scripts as a group of their own. */
export function groupRows(results: readonly ScriptResult[]): [string, Cells[]][] {
  const groups = new Map<string, Cells[]>();
  for (const result of results)
    for (const row of result.rows) {
      const list = groups.get(row.group) ?? [];
      list.push(rowCells(row));
      groups.set(row.group, list);
    }
  const rank = (group: string) => {
    const at = groupOrder.indexOf(group);
    return at === -1 ? groupOrder.length : at;
  };
  const ordered = [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
  const failed = results.filter((result) => !result.ok).map(failureCells);
  return failed.length ? [['Failed benchmarks', failed], ...ordered] : ordered;
}

/** The table as the terminal shows it: one block per group, columns padded. */
export function renderText(results: readonly ScriptResult[]): string {
  const lines: string[] = [];
  for (const [group, rows] of groupRows(results)) {
    const all = [headings, ...rows];
    const width = (column: keyof Cells) => Math.max(...all.map((cells) => cells[column].length));
    const widths = new Map(columns.map((column) => [column, Math.min(width(column), 60)]));
    const line = (cells: Cells) =>
      columns
        .map((column) => cells[column].padEnd(widths.get(column) ?? 0))
        .join('  ')
        .trimEnd();
    lines.push(`\n${group}`, line(headings), ...rows.map(line));
  }
  return lines.join('\n');
}

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** The generated section of BENCHMARKS.md: the run, then a table per group, then the scripts. */
export function renderMarkdown(results: readonly ScriptResult[], run: RunInfo): string {
  const out: string[] = [
    `Run of ${run.date}, commit ${run.commit}, ${run.mode === 'quick' ? '`npm run bench -- --quick`' : '`npm run bench`'}, ${Math.round(run.seconds)} s in all.`,
    '',
    `Machine: ${run.machine}.`,
  ];
  for (const [group, rows] of groupRows(results)) {
    out.push('', `### ${group}`, '');
    out.push(`| ${columns.map((column) => headings[column]).join(' | ')} |`);
    out.push(`| ${columns.map(() => '---').join(' | ')} |`);
    for (const cells of rows)
      out.push(`| ${columns.map((column) => cell(cells[column])).join(' | ')} |`);
  }
  out.push('', '### Scripts', '', '| script | result | rows | time |', '| --- | --- | --- | --- |');
  for (const result of results)
    out.push(
      `| bench/${result.script} | ${result.skipped ? `skipped: ${cell(result.skipped)}` : result.ok ? 'ok' : 'FAILED'} | ${result.rows.length} | ${Math.round(result.seconds)} s |`,
    );
  return out.join('\n');
}

export const startMarker = '<!-- bench:last-run:start (written by npm run bench) -->';
export const endMarker = '<!-- bench:last-run:end -->';

/**
 * BENCHMARKS.md with the text between the markers replaced by `section`; the hand-written
 * text around it is kept. Without the markers, they and the section are added at the end.
 */
export function replaceLastRun(document: string, section: string): string {
  const block = `${startMarker}\n\n${section}\n\n${endMarker}`;
  const start = document.indexOf(startMarker);
  const end = document.indexOf(endMarker);
  if (start === -1 || end === -1 || end < start)
    return `${document.trimEnd()}\n\n## Last run\n\n${block}\n`;
  return document.slice(0, start) + block + document.slice(end + endMarker.length);
}
