import type { CommentField } from '@/lib/comments';

export type CommentValues = { name: string; email: string; body: string; parentId: string };

/** What the comment form shows after a submission. Typed text always comes back, so nothing is lost. */
export type CommentFormState =
  | { status: 'idle' }
  | {
      status: 'error';
      values: CommentValues;
      fieldErrors: Partial<Record<CommentField, string>>;
      formError?: string;
    }
  | { status: 'accepted'; statusUrl: string };

/** What became of a report, carried in the report page's URL after the form is sent. */
export const reportOutcomes = ['done', 'already', 'gone', 'limited'] as const;
export type ReportOutcome = (typeof reportOutcomes)[number];
