// The behaviour every CommentStore must have. Run against each implementation (SQLite now,
// PostgreSQL later) by calling commentStoreContract with a factory.
import { describe, expect, test } from 'vitest';
import type { AuthStore } from '@/lib/auth/store';
import type { CommentStore } from '@/lib/comments/store';
import {
  erasedValue,
  maxOpenReportsPerComment,
  type NewComment,
  type NewReport,
} from '@/lib/comments/types';

export type StoreFactory = () => Promise<{ comments: CommentStore; auth: AuthStore }>;

let sequence = 0;
export function newComment(overrides: Partial<NewComment> = {}): NewComment {
  sequence += 1;
  return {
    articleSlug: 'hussein-rubio',
    parentId: null,
    authorName: 'Reader',
    authorEmail: 'reader@example.com',
    body: `Comment number ${sequence}`,
    createdAt: 1_000_000 + sequence,
    clientHash: 'client-a',
    statusTokenHash: `token-${sequence}`,
    submissionKey: `key-${sequence}`,
    flags: [],
    ...overrides,
  };
}

export function commentStoreContract(name: string, factory: StoreFactory) {
  describe(`${name}: CommentStore contract`, () => {
    async function setup() {
      const stores = await factory();
      const moderator = await stores.auth.createModerator({
        username: 'editor',
        passwordHash: 'x',
        now: 1,
      });
      if (!moderator) throw new Error('could not create moderator');
      return { ...stores, moderatorId: moderator.id };
    }

    test('stores a comment exactly as submitted, pending, and finds it by status token', async () => {
      const { comments } = await setup();
      const body =
        "Line one\r\nالعربية 🙂 <script>alert(1)</script> '; DROP TABLE comments; --\n\n  spaced  ";
      const { comment, created } = await comments.addComment(
        newComment({ body, statusTokenHash: 'abc' }),
      );
      expect(created).toBe(true);
      expect(comment).toMatchObject({
        body,
        status: 'pending',
        rejectionCategory: null,
        hiddenAt: null,
        openReports: 0,
      });
      expect(await comments.findByStatusToken('abc')).toEqual(comment);
      expect(await comments.findByStatusToken('nope')).toBeUndefined();
    });

    test('what a post returns is the row as stored, whichever way it was added', async () => {
      const { comments } = await setup();
      const first = newComment();
      const parent = await comments.addComment(first);
      const flags = [
        { phase: 'links', category: 'promotion' as const, evidence: 'x.example', reason: 'link' },
      ];
      const added = [
        parent,
        await comments.addComment(newComment({ parentId: parent.comment.id, flags })),
        await comments.addComment(
          newComment({ autoReject: { category: 'abuse', evidence: 'slur' }, flags }),
        ),
        // A resubmission returns the earlier row.
        await comments.addComment(newComment({ submissionKey: first.submissionKey })),
      ];
      const limit = { since: 0, wait: () => 0 };
      for (const comment of [
        newComment({ flags }),
        newComment({ autoReject: { category: 'promotion', evidence: 'casino' } }),
      ]) {
        const result = await comments.addCommentWithinLimit(comment, limit);
        if (result.outcome !== 'stored') throw new Error('not stored');
        added.push(result);
        const again = await comments.addCommentWithinLimit(comment, limit);
        if (again.outcome !== 'stored') throw new Error('not stored');
        expect(again.created).toBe(false);
        added.push(again);
      }
      expect(added[3]).toMatchObject({ created: false, comment: { id: parent.comment.id } });
      for (const { comment } of added)
        expect(comment, `comment ${comment.id}`).toEqual(await comments.getComment(comment.id));
    });

    test('a resubmission with the same key is not stored twice', async () => {
      const { comments } = await setup();
      const first = await comments.addComment(
        newComment({ submissionKey: 'same', statusTokenHash: 't1' }),
      );
      const again = await comments.addComment(
        newComment({ submissionKey: 'same', statusTokenHash: 't2' }),
      );
      expect(again.created).toBe(false);
      expect(again.comment.id).toBe(first.comment.id);
      expect((await comments.countQueues()).pending).toBe(1);
    });

    test('keeps screening flags and auto-rejects banned terms with a log entry', async () => {
      const { comments } = await setup();
      const flags = [
        {
          phase: 'promotion',
          category: 'promotion' as const,
          evidence: 'https://x.example',
          reason: 'link',
        },
      ];
      const { comment } = await comments.addComment(
        newComment({ flags, autoReject: { category: 'promotion', evidence: 'casino' } }),
      );
      expect(comment.flags).toEqual(flags);
      expect(comment).toMatchObject({
        status: 'rejected',
        rejectionCategory: 'promotion',
        decidedBy: null,
      });
      const log = await comments.listLog({ limit: 10, offset: 0 });
      expect(log.items[0]).toMatchObject({
        commentId: comment.id,
        action: 'reject',
        category: 'promotion',
        moderator: null,
      });
      expect(log.items[0]?.note).toContain('casino');
    });

    test('only approved comments are published, oldest first, without emails', async () => {
      const { comments, moderatorId } = await setup();
      const a = (await comments.addComment(newComment({ createdAt: 10 }))).comment;
      const b = (await comments.addComment(newComment({ createdAt: 5 }))).comment;
      await comments.addComment(newComment({ createdAt: 7 }));
      await comments.addComment(newComment({ articleSlug: 'other', createdAt: 1 }));
      await comments.decide({ commentIds: [a.id, b.id], action: 'approve', moderatorId, now: 20 });
      const published = await comments.listPublished('hussein-rubio');
      expect(published.map((c) => c.id)).toEqual([b.id, a.id]);
      expect(Object.keys(published[0] ?? {}).sort()).toEqual([
        'authorName',
        'body',
        'createdAt',
        'id',
        'parentId',
      ]);
    });

    test('the pending queue puts flagged comments first, then oldest; counts and article filter work', async () => {
      const { comments } = await setup();
      const plain = (await comments.addComment(newComment({ createdAt: 1 }))).comment;
      const flagged = (
        await comments.addComment(
          newComment({
            createdAt: 2,
            flags: [
              { phase: 'shouting', category: 'shouting', evidence: 'HEY', reason: 'capitals' },
            ],
          }),
        )
      ).comment;
      const other = (await comments.addComment(newComment({ createdAt: 0, articleSlug: 'other' })))
        .comment;
      const queue = await comments.listQueue({ queue: 'pending', limit: 10, offset: 0 });
      expect(queue.items.map((c) => c.id)).toEqual([flagged.id, other.id, plain.id]);
      expect(queue.total).toBe(3);
      const page2 = await comments.listQueue({ queue: 'pending', limit: 2, offset: 2 });
      expect(page2.items.map((c) => c.id)).toEqual([plain.id]);
      const filtered = await comments.listQueue({
        queue: 'pending',
        articleSlug: 'other',
        limit: 10,
        offset: 0,
      });
      expect(filtered.items.map((c) => c.id)).toEqual([other.id]);
      expect(await comments.countQueues('other')).toEqual({
        pending: 1,
        reported: 0,
        approved: 0,
        rejected: 0,
      });
      expect(await comments.listCommentedArticles()).toEqual(['hussein-rubio', 'other']);
    });

    test('decisions record who, when and why, and are logged; a no-op is not', async () => {
      const { comments, moderatorId } = await setup();
      const a = (await comments.addComment(newComment())).comment;
      const b = (await comments.addComment(newComment())).comment;
      const approved = await comments.decide({
        commentIds: [a.id],
        action: 'approve',
        moderatorId,
        now: 100,
      });
      expect(approved[0]).toMatchObject({
        status: 'approved',
        decidedAt: 100,
        decidedBy: 'editor',
      });
      expect(
        await comments.decide({ commentIds: [a.id], action: 'approve', moderatorId, now: 101 }),
      ).toEqual([]);
      const rejected = await comments.decide({
        commentIds: [b.id],
        action: 'reject',
        category: 'personal-attack',
        moderatorId,
        now: 102,
      });
      expect(rejected[0]).toMatchObject({
        status: 'rejected',
        rejectionCategory: 'personal-attack',
      });
      expect(rejected[0]?.body).toBe(b.body);
      const log = await comments.listLog({ limit: 10, offset: 0 });
      expect(log.total).toBe(2);
      expect(log.items.map((e) => [e.commentId, e.action, e.category, e.moderator])).toEqual([
        [b.id, 'reject', 'personal-attack', 'editor'],
        [a.id, 'approve', null, 'editor'],
      ]);
    });

    test('two decisions on what was seen as pending: the first wins, the second changes nothing', async () => {
      const { comments, moderatorId } = await setup();
      const { comment } = await comments.addComment(newComment());
      const [approved, rejected] = await Promise.all([
        comments.decide({
          commentIds: [comment.id],
          action: 'approve',
          seenStatus: 'pending',
          moderatorId,
          now: 10,
        }),
        comments.decide({
          commentIds: [comment.id],
          action: 'reject',
          category: 'other',
          seenStatus: 'pending',
          moderatorId,
          now: 11,
        }),
      ]);
      expect(approved.map((c) => c.id)).toEqual([comment.id]);
      expect(rejected).toEqual([]);
      expect((await comments.getComment(comment.id))?.status).toBe('approved');
      const log = await comments.listLog({ limit: 50, offset: 0 });
      expect(log.items.filter((entry) => entry.commentId === comment.id)).toHaveLength(1);
      // Deciding from the Approved queue (what was seen there) still works.
      const again = await comments.decide({
        commentIds: [comment.id],
        action: 'reject',
        category: 'other',
        seenStatus: 'approved',
        moderatorId,
        now: 12,
      });
      expect(again.map((c) => c.id)).toEqual([comment.id]);
    });

    test('a rejection without a category is refused', async () => {
      const { comments, moderatorId } = await setup();
      const a = (await comments.addComment(newComment())).comment;
      await expect(
        comments.decide({ commentIds: [a.id], action: 'reject', moderatorId, now: 1 }),
      ).rejects.toThrow();
    });

    test('reports from distinct clients hide a comment at the threshold; a moderator can keep it', async () => {
      const { comments, moderatorId } = await setup();
      const a = (await comments.addComment(newComment())).comment;
      await comments.decide({ commentIds: [a.id], action: 'approve', moderatorId, now: 10 });
      const report = (client: string) =>
        comments.addReport({
          commentId: a.id,
          clientHash: client,
          reason: 'insult',
          now: 20,
          hideThreshold: 3,
          hourlyLimit: 0,
        });
      expect(await report('r1')).toMatchObject({ outcome: 'reported', hidden: false });
      expect(await report('r1')).toEqual({ outcome: 'already-reported' });
      expect(await report('r2')).toMatchObject({ outcome: 'reported', hidden: false });
      expect(await report('r3')).toMatchObject({
        outcome: 'reported',
        hidden: true,
        newlyHidden: true,
        articleSlug: 'hussein-rubio',
      });
      expect(await comments.listPublished('hussein-rubio')).toEqual([]);
      const reported = await comments.listQueue({ queue: 'reported', limit: 10, offset: 0 });
      expect(reported.items[0]).toMatchObject({
        id: a.id,
        openReports: 3,
        reportReasons: ['insult', 'insult', 'insult'],
      });
      const kept = await comments.dismissReports({ commentId: a.id, moderatorId, now: 30 });
      expect(kept).toMatchObject({ hiddenAt: null, openReports: 0, status: 'approved' });
      expect((await comments.listPublished('hussein-rubio')).map((c) => c.id)).toEqual([a.id]);
      expect((await comments.countQueues()).reported).toBe(0);
    });

    test('rejecting a reported comment closes its reports', async () => {
      const { comments, moderatorId } = await setup();
      const a = (await comments.addComment(newComment())).comment;
      await comments.decide({ commentIds: [a.id], action: 'approve', moderatorId, now: 10 });
      await comments.addReport({
        commentId: a.id,
        clientHash: 'r1',
        reason: 'spam',
        now: 11,
        hideThreshold: 1,
        hourlyLimit: 0,
      });
      const [rejected] = await comments.decide({
        commentIds: [a.id],
        action: 'reject',
        category: 'promotion',
        moderatorId,
        now: 12,
      });
      expect(rejected).toMatchObject({ status: 'rejected', openReports: 0, hiddenAt: null });
    });

    test('only public comments can be reported: not pending, rejected, hidden, withdrawn or unknown', async () => {
      const { comments, moderatorId } = await setup();
      const report = (commentId: number, clientHash = 'r') =>
        comments.addReport({
          commentId,
          clientHash,
          reason: 'x',
          now: 1,
          hideThreshold: 1,
          hourlyLimit: 0,
        });
      const pending = (await comments.addComment(newComment())).comment;
      const rejected = (await comments.addComment(newComment())).comment;
      const hidden = (await comments.addComment(newComment())).comment;
      const withdrawn = (await comments.addComment(newComment({ statusTokenHash: 'w' }))).comment;
      await comments.decide({
        commentIds: [hidden.id, withdrawn.id],
        action: 'approve',
        moderatorId,
        now: 1,
      });
      await comments.decide({
        commentIds: [rejected.id],
        action: 'reject',
        category: 'other',
        moderatorId,
        now: 1,
      });
      expect(await report(hidden.id, 'first')).toMatchObject({ hidden: true });
      await comments.withdrawComment({ statusTokenHash: 'w', now: 2 });
      for (const id of [pending.id, rejected.id, hidden.id, withdrawn.id, 999999]) {
        expect(await report(id)).toEqual({ outcome: 'not-found' });
      }
    });

    test('recent comments by the same email or the same client, once each, newest first', async () => {
      const { comments } = await setup();
      await comments.addComment(
        newComment({ authorEmail: 'A@Example.com', clientHash: 'c1', createdAt: 100, body: 'one' }),
      );
      await comments.addComment(
        newComment({
          authorEmail: 'other@example.com',
          clientHash: 'c1',
          createdAt: 200,
          body: 'two',
        }),
      );
      await comments.addComment(
        newComment({
          authorEmail: 'a@example.com',
          clientHash: 'c2',
          createdAt: 300,
          body: 'three',
        }),
      );
      await comments.addComment(
        newComment({
          authorEmail: 'x@example.com',
          clientHash: 'c9',
          createdAt: 400,
          body: 'four',
        }),
      );
      await comments.addComment(
        newComment({ authorEmail: 'a@example.com', clientHash: 'c1', createdAt: 50, body: 'old' }),
      );
      const recent = await comments.listRecentByAuthor({
        email: 'a@example.com',
        clientHash: 'c1',
        since: 100,
      });
      expect(recent).toEqual([
        { body: 'three', createdAt: 300 },
        { body: 'two', createdAt: 200 },
        { body: 'one', createdAt: 100 },
      ]);
    });

    test('recent comments by email ignore +tags and case; the email is kept as typed', async () => {
      const { comments } = await setup();
      const typed = ['name@example.com', 'Name+news@Example.COM', 'NAME+a+b@EXAMPLE.com'];
      for (const [index, authorEmail] of typed.entries())
        await comments.addComment(
          newComment({
            authorEmail,
            clientHash: `c${index}`,
            createdAt: 100 + index,
            body: `${index}`,
          }),
        );
      for (const authorEmail of ['name2@example.com', 'name@example.org', 'other+name@example.com'])
        await comments.addComment(
          newComment({ authorEmail, clientHash: 'elsewhere', createdAt: 200 }),
        );

      const recent = await comments.listRecentByAuthor({
        email: 'Name+tag@Example.com',
        clientHash: 'nobody',
        since: 0,
      });
      expect(recent.map((comment) => comment.body)).toEqual(['2', '1', '0']);
      const stored = await comments.listQueue({ queue: 'pending', limit: 50, offset: 0 });
      expect(stored.items.map((comment) => comment.authorEmail)).toEqual(
        expect.arrayContaining(typed),
      );
    });

    async function approved(
      stores: { comments: CommentStore; moderatorId: number },
      overrides: Partial<NewComment> = {},
    ) {
      const { comment } = await stores.comments.addComment(newComment(overrides));
      await stores.comments.decide({
        commentIds: [comment.id],
        action: 'approve',
        moderatorId: stores.moderatorId,
        now: comment.createdAt,
      });
      return comment;
    }

    const hour = 60 * 60 * 1000;
    const day = 24 * hour;
    const reportOf = (commentId: number, report: Partial<NewReport> = {}): NewReport => ({
      commentId,
      clientHash: 'r1',
      reason: 'insult',
      now: 10 * day,
      hideThreshold: 3,
      hourlyLimit: 0,
      ...report,
    });

    test('a client may send at most hourlyLimit reports in any hour', async () => {
      const stores = await setup();
      const [a, b, c] = [await approved(stores), await approved(stores), await approved(stores)];
      if (!a || !b || !c) throw new Error('setup');
      const limited = (commentId: number, now: number, clientHash = 'r1') =>
        stores.comments.addReport(reportOf(commentId, { now, clientHash, hourlyLimit: 2 }));
      const t = 10 * day;
      expect(await limited(a.id, t)).toMatchObject({ outcome: 'reported' });
      expect(await limited(b.id, t + 1)).toMatchObject({ outcome: 'reported' });
      expect(await limited(c.id, t + 2)).toEqual({ outcome: 'rate-limited' });
      expect(await limited(c.id, t + 2, 'r2')).toMatchObject({ outcome: 'reported' });
      expect(await limited(c.id, t + hour + 1)).toMatchObject({ outcome: 'reported' });
      expect((await stores.comments.getComment(c.id))?.openReports).toBe(2);
    });

    test('a comment a moderator kept is not hidden again by reports; they put it back in the Reported queue', async () => {
      const stores = await setup();
      const { comments, moderatorId } = stores;
      const a = await approved(stores);
      for (const client of ['r1', 'r2', 'r3'])
        await comments.addReport(reportOf(a.id, { clientHash: client }));
      expect((await comments.getComment(a.id))?.hiddenAt).not.toBeNull();
      const kept = await comments.dismissReports({ commentId: a.id, moderatorId, now: 11 * day });
      expect(kept?.keptAt).toBe(11 * day);
      for (const client of ['r4', 'r5', 'r6', 'r7']) {
        expect(
          await comments.addReport(reportOf(a.id, { clientHash: client, now: 12 * day })),
        ).toMatchObject({ outcome: 'reported', hidden: false, newlyHidden: false });
      }
      expect((await comments.listPublished('hussein-rubio')).map((c) => c.id)).toContain(a.id);
      const reported = await comments.listQueue({ queue: 'reported', limit: 10, offset: 0 });
      expect(reported.items.map((c) => [c.id, c.openReports, c.hiddenAt])).toEqual([
        [a.id, 4, null],
      ]);
    });

    test('open reports per comment are capped: past the cap a report is acknowledged, not stored', async () => {
      const stores = await setup();
      const a = await approved(stores);
      for (let i = 0; i <= maxOpenReportsPerComment; i++) {
        expect(
          await stores.comments.addReport(
            reportOf(a.id, { clientHash: `r${i}`, hideThreshold: 1000 }),
          ),
        ).toMatchObject({ outcome: 'reported' });
      }
      expect((await stores.comments.getComment(a.id))?.openReports).toBe(maxOpenReportsPerComment);
    });

    test('the status token holder withdraws a comment: erased, off the page and every queue, logged without text', async () => {
      const stores = await setup();
      const { comments, moderatorId } = stores;
      const flags = [
        { phase: 'shouting', category: 'shouting' as const, evidence: 'MY WORDS', reason: 'caps' },
      ];
      const a = await approved(stores, { statusTokenHash: 'mine', flags, body: 'MY WORDS here' });
      await comments.addReport(reportOf(a.id));
      const withdrawn = await comments.withdrawComment({ statusTokenHash: 'mine', now: 50 });
      expect(withdrawn).toMatchObject({
        id: a.id,
        status: 'withdrawn',
        body: '',
        authorName: erasedValue,
        authorEmail: erasedValue,
        flags: [],
        openReports: 0,
        hiddenAt: null,
        decidedAt: 50,
      });
      expect(await comments.findByStatusToken('mine')).toEqual(withdrawn);
      expect(await comments.listPublished('hussein-rubio')).toEqual([]);
      expect(await comments.countQueues()).toEqual({
        pending: 0,
        reported: 0,
        approved: 0,
        rejected: 0,
      });
      // Nobody decides it again, and withdrawing twice is logged once.
      expect(
        await comments.decide({ commentIds: [a.id], action: 'approve', moderatorId, now: 60 }),
      ).toEqual([]);
      expect(await comments.withdrawComment({ statusTokenHash: 'mine', now: 70 })).toEqual(
        withdrawn,
      );
      const log = await comments.listLog({ limit: 10, offset: 0 });
      expect(log.items.filter((entry) => entry.action === 'withdrawn')).toEqual([
        expect.objectContaining({ commentId: a.id, moderator: null, category: null, note: null }),
      ]);
      expect(
        await comments.withdrawComment({ statusTokenHash: 'unknown', now: 80 }),
      ).toBeUndefined();
      // Withdrawing a pending comment takes it out of the pending queue.
      await comments.addComment(newComment({ statusTokenHash: 'pending-one' }));
      await comments.withdrawComment({ statusTokenHash: 'pending-one', now: 90 });
      expect((await comments.countQueues()).pending).toBe(0);
    });

    test('retention erases email and client of comments decided before the window, and old reports', async () => {
      const stores = await setup();
      const { comments, moderatorId } = stores;
      const now = 200 * day;
      const old = await approved(stores, { createdAt: 5 * day, authorEmail: 'old@example.com' });
      const recent = await approved(stores, { createdAt: 150 * day, clientHash: 'client-new' });
      const pending = (await comments.addComment(newComment({ createdAt: 1 * day }))).comment;
      // A report resolved long ago, one made long ago and still open, one recent.
      await comments.addReport(reportOf(old.id, { clientHash: 'r-old', now: 6 * day }));
      await comments.dismissReports({ commentId: old.id, moderatorId, now: 7 * day });
      await comments.addReport(reportOf(old.id, { clientHash: 'r-stale', now: 8 * day }));
      await comments.addReport(reportOf(recent.id, { clientHash: 'r-new', now: 190 * day }));

      expect(await comments.purgeExpired(now, 90)).toEqual({ comments: 1, reports: 2 });
      expect(await comments.getComment(old.id)).toMatchObject({
        authorEmail: erasedValue,
        body: old.body,
        status: 'approved',
        openReports: 0,
      });
      expect(
        await comments.listRecentByAuthor({ email: 'old@example.com', clientHash: 'x', since: 0 }),
      ).toEqual([]);
      expect(await comments.getComment(recent.id)).toMatchObject({
        authorEmail: recent.authorEmail,
        openReports: 1,
      });
      expect(
        await comments.listRecentByAuthor({ email: 'x', clientHash: 'client-new', since: 0 }),
      ).toHaveLength(1);
      expect((await comments.getComment(pending.id))?.authorEmail).toBe(pending.authorEmail);
      // Nothing more is due; the log is untouched.
      const log = await comments.listLog({ limit: 50, offset: 0 });
      expect(await comments.purgeExpired(now, 90)).toEqual({ comments: 0, reports: 0 });
      expect(await comments.listLog({ limit: 50, offset: 0 })).toEqual(log);
    });

    test('the moderation log holds no email, client hash or comment text', async () => {
      const stores = await setup();
      const { comments, moderatorId } = stores;
      const email = 'private.person@example.com';
      const clientHash = 'secret-client-hash';
      const body = 'Words only the comment itself holds';
      const a = await approved(stores, {
        authorEmail: email,
        clientHash,
        body,
        statusTokenHash: 'a',
      });
      await comments.addComment(
        newComment({
          authorEmail: email,
          clientHash,
          body,
          autoReject: { category: 'other', evidence: 'x' },
        }),
      );
      for (const client of ['hash-r1', 'hash-r2', 'hash-r3'])
        await comments.addReport(reportOf(a.id, { clientHash: client }));
      await comments.dismissReports({ commentId: a.id, moderatorId, now: 11 * day });
      await comments.decide({
        commentIds: [a.id],
        action: 'reject',
        category: 'other',
        moderatorId,
        now: 12 * day,
      });
      await comments.withdrawComment({ statusTokenHash: 'a', now: 13 * day });
      const log = JSON.stringify(await comments.listLog({ limit: 50, offset: 0 }));
      for (const secret of [email, clientHash, body, 'hash-r1']) expect(log).not.toContain(secret);
    });

    test('replies keep their parent', async () => {
      const { comments } = await setup();
      const parent = (await comments.addComment(newComment())).comment;
      const reply = (await comments.addComment(newComment({ parentId: parent.id }))).comment;
      expect(reply.parentId).toBe(parent.id);
    });
  });
}
