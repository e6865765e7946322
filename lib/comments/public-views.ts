import type { Comment, CommentStatusView, PublicComment, ReportableComment } from './types';

// Each view is built field by field rather than by spreading a Comment: a field added to
// Comment later (say, something personal) then stays off public pages until a view names it.

export function toPublicComment(comment: PublicComment): PublicComment {
  const { id, parentId, authorName, body, createdAt } = comment;
  return { id, parentId, authorName, body, createdAt };
}

export function toReportableComment(comment: Comment): ReportableComment {
  return { ...toPublicComment(comment), articleSlug: comment.articleSlug };
}

export function toStatusView(comment: Comment): CommentStatusView {
  const { id, articleSlug, body, status, rejectionCategory, createdAt, hiddenAt } = comment;
  return { id, articleSlug, body, status, rejectionCategory, createdAt, hiddenAt };
}
