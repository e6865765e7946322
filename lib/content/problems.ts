import type * as z from 'zod';

/** One thing wrong with one content file, reported as `<file>: <field>: <message>`. */
export type ContentProblem = {
  /** Path as the editor would type it, relative to the working directory when possible. */
  file: string;
  /** Front-matter field (dotted for nested: `image.alt`), or a pseudo-field: `file`, `front matter`, `body`. */
  field: string;
  message: string;
};

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}: ${problem.field}: ${problem.message}`;
}

/** Thrown when content cannot be loaded; its message lists every problem, one per line. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`Invalid content (${count}):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/**
 * Turns zod issues into editor-facing problems. Schemas give their own messages for rules
 * they know about (dates, slugs); this covers the generic cases so every line reads the same.
 */
export function problemsFromIssues(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  /** Allowed field names by parent path (list indexes left out): `''` for the top level, `image` for image. */
  knownFields: Readonly<Record<string, readonly string[]>>,
): ContentProblem[] {
  return issues.flatMap((issue): ContentProblem[] => {
    const field = issue.path.map(String).join('.') || 'front matter';
    if (issue.code === 'unrecognized_keys') {
      const prefix = issue.path.length > 0 ? `${field}.` : '';
      const parent = issue.path.filter((part) => typeof part === 'string').join('.');
      return issue.keys.map((key) => ({
        file,
        field: `${prefix}${fieldName(key)}`,
        message: `unknown field${suggestion(key, knownFields[parent] ?? [])}`,
      }));
    }
    return [{ file, field, message: describeIssue(issue) }];
  });
}

// A key of YAML's may be empty, blank or span lines (`"": x`, `"a\nb": x`); printed bare it would
// leave the problem line without a field to look for, so such keys are shown quoted.
function fieldName(key: string): string {
  return /^\S(?:[^\r\n]*\S)?$/.test(key) ? key : JSON.stringify(key);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const input = 'input' in issue ? issue.input : undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined || input === null) return 'is required';
      return `expected ${describeExpected(issue.expected)}, got ${describeValue(input)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => String(v)).join(', ')}, got ${describeValue(input)}`;
    case 'too_small':
      if (issue.origin === 'string')
        return issue.minimum === 1
          ? 'must not be empty'
          : `must be at least ${issue.minimum} characters`;
      if (issue.origin === 'array') return `must have at least ${issue.minimum} item(s)`;
      return issue.message;
    case 'too_big':
      if (issue.origin === 'string') return `must be at most ${issue.maximum} characters`;
      return issue.message;
    default:
      return issue.message;
  }
}

function describeExpected(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'array':
      return 'a list';
    case 'object':
      return 'a group of fields';
    case 'boolean':
      return 'true or false';
    default:
      return expected;
  }
}

export function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'a group of fields';
  return JSON.stringify(value) ?? String(value);
}

function suggestion(key: string, known: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  const allowed = `allowed: ${known.join(', ')}`;
  return best !== undefined && bestDistance <= 2
    ? `; did you mean "${best}"? (${allowed})`
    : ` (${allowed})`;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
