import { describe, expect, it } from 'vitest';
import type { PublicComment } from '@/lib/comments';
import { pageOfThreads, threadPageOf, threadsPerPage, toThreads } from '@/lib/comments/threads';

function comment(id: number, parentId: number | null = null): PublicComment {
  return { id, parentId, authorName: `Reader ${id}`, body: `Comment ${id}`, createdAt: id * 1000 };
}

describe('comment threads and their pages', () => {
  const comments = [
    ...Array.from({ length: threadsPerPage * 2 + 5 }, (_, i) => comment(i + 1)),
    comment(1000, 1),
    comment(1001, threadsPerPage + 1),
    comment(1002, 9999), // its parent is not shown
  ];

  it('puts replies under their thread and keeps an orphaned reply on its own', () => {
    const threads = toThreads(comments);
    expect(threads[0]?.replies.map((reply) => reply.id)).toEqual([1000]);
    expect(threads.at(-1)?.comment.id).toBe(1002);
    expect(threads).toHaveLength(threadsPerPage * 2 + 6);
  });

  it('pages the threads oldest first, counting every comment', () => {
    const first = pageOfThreads(comments, 1);
    expect(first.pageCount).toBe(3);
    expect(first.total).toBe(comments.length);
    expect(first.threads).toHaveLength(threadsPerPage);
    expect(first.threads[0]?.comment.id).toBe(1);
    const last = pageOfThreads(comments, 3);
    expect(last.threads.map((thread) => thread.comment.id)).toEqual([41, 42, 43, 44, 45, 1002]);
    expect(pageOfThreads(comments, 4).threads).toEqual([]);
  });

  it('finds the page of a comment or of the thread a reply is in', () => {
    expect(threadPageOf(comments, 1)).toBe(1);
    expect(threadPageOf(comments, threadsPerPage + 1)).toBe(2);
    expect(threadPageOf(comments, 1001)).toBe(2);
    expect(threadPageOf(comments, 1002)).toBe(3);
    expect(threadPageOf(comments, 123456)).toBeUndefined();
  });

  it('has one page, with nothing on it, for an article with no comments', () => {
    expect(pageOfThreads([], 1)).toEqual({ threads: [], total: 0, page: 1, pageCount: 1 });
  });
});
