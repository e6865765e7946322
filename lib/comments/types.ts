import type { Flag, RejectionCategory } from '../screening/types';

/** Withdrawn: its author took it back from the status link; its text is erased. */
export const commentStatuses = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export type CommentStatus = (typeof commentStatuses)[number];

/** The moderator's queues. "reported" holds approved comments readers have reported. */
export const queues = ['pending', 'reported', 'approved', 'rejected'] as const;
export type Queue = (typeof queues)[number];

/**
 * The reasons a reader may give when reporting a comment, in the order the report form offers
 * them. Each is a guideline category, so moderators read its name from the same list.
 */
export const reportReasons = [
  'personal-attack',
  'abuse',
  'threat',
  'profanity',
  'promotion',
  'off-topic',
  'other',
] as const satisfies readonly RejectionCategory[];
export type ReportReason = (typeof reportReasons)[number];

/** The status every comment in a queue has. */
export const queueStatus: Record<Queue, CommentStatus> = {
  pending: 'pending',
  reported: 'approved',
  approved: 'approved',
  rejected: 'rejected',
};

/** A comment as moderators see it. Readers only ever get a PublicComment. */
export type Comment = {
  id: number;
  articleSlug: string;
  parentId: number | null;
  authorName: string;
  authorEmail: string;
  /** Exactly as submitted; never edited. */
  body: string;
  status: CommentStatus;
  rejectionCategory: RejectionCategory | null;
  flags: Flag[];
  createdAt: number;
  decidedAt: number | null;
  /** Username of the moderator who decided; null while pending or when decided automatically. */
  decidedBy: string | null;
  /** Set when enough readers reported it; it stays off the page until a moderator looks. */
  hiddenAt: number | null;
  /** When a moderator kept it despite reports: from then on reports alone never hide it. */
  keptAt: number | null;
  openReports: number;
  /** Reasons readers gave in open reports, newest first. */
  reportReasons: string[];
};

/** What the article page shows: no email, no client hash, nothing a reader should not see. */
export type PublicComment = {
  id: number;
  parentId: number | null;
  authorName: string;
  body: string;
  createdAt: number;
};

/** A public comment on the report page, with the article it is under for the way back. */
export type ReportableComment = PublicComment & { articleSlug: string };

/**
 * What a private status link shows its holder: the comment and what became of it. No email,
 * email key or client hash: the link may be forwarded, and the page needs none of them.
 */
export type CommentStatusView = Pick<
  Comment,
  'id' | 'articleSlug' | 'body' | 'status' | 'rejectionCategory' | 'createdAt' | 'hiddenAt'
>;

export type NewComment = {
  articleSlug: string;
  parentId: number | null;
  authorName: string;
  authorEmail: string;
  body: string;
  createdAt: number;
  clientHash: string;
  statusTokenHash: string;
  /** Identifies a resubmission of the same text by the same client to the same article. */
  submissionKey: string;
  flags: Flag[];
  /** Set when a banned term rejects the comment on arrival; the log records it. */
  autoReject?: { category: RejectionCategory; evidence: string };
};

export type QueueQuery = {
  queue: Queue;
  articleSlug?: string;
  limit: number;
  offset: number;
};

export type Decision = {
  commentIds: number[];
  action: 'approve' | 'reject';
  /** Required when rejecting. */
  category?: RejectionCategory;
  /**
   * The status the moderator saw: only comments still in it are decided. Two moderators acting
   * on the same comment at once then make one decision, not two.
   */
  seenStatus?: CommentStatus;
  moderatorId: number;
  now: number;
};

export type ModerationLogEntry = {
  id: number;
  commentId: number;
  articleSlug: string;
  moderator: string | null;
  action: string;
  category: string | null;
  note: string | null;
  createdAt: number;
};

export type RecentComment = { body: string; createdAt: number };

/**
 * Open reports stored per comment. Past this a report is acknowledged but not stored: the
 * comment is already in the Reported queue, and one more row tells a moderator nothing new
 * while letting a flood of clients grow the table without bound. Once a moderator resolves
 * the reports there is room again; resolved ones go with the retention purge.
 */
export const maxOpenReportsPerComment = 50;

export type NewReport = {
  commentId: number;
  clientHash: string;
  reason: string;
  now: number;
  /** Distinct readers whose open reports hide a comment no moderator has kept. */
  hideThreshold: number;
  /** Most reports one client may make in any hour; 0 turns the rule off. */
  hourlyLimit: number;
};

export type ReportResult =
  | { outcome: 'reported'; articleSlug: string; hidden: boolean; newlyHidden: boolean }
  | { outcome: 'already-reported' }
  | { outcome: 'rate-limited' }
  /** Not a comment readers can see (unknown, pending, rejected, hidden or withdrawn). */
  | { outcome: 'not-found' };

/** What erased personal data (an email, a client hash, a withdrawn comment's name) is replaced by. */
export const erasedValue = '[erased]';

/** What a retention purge erased. */
export type PurgeResult = { comments: number; reports: number };
