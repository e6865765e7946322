// The English interface text: the reader's catalog (every edition's catalog has its keys), the
// moderator console's text and the names of guideline categories as moderators read them.

import { errorPageText } from './error-page';
import type { CommentStatus, Queue, ReportReason } from '../comments/types';
import type { GuidelineCategory } from '../screening/types';
import { roundWait } from '../text/wait-time';
import type { Format } from './format';
import { pluralFor } from './plural';

const plural = pluralFor('en');

function englishWait(seconds: number): string {
  const { unit, count, approximate } = roundWait(seconds);
  return `${approximate ? 'about ' : ''}${count} ${plural(count, { one: unit, other: `${unit}s` })}`;
}

// The guideline categories a comment can be flagged or rejected for, in English: the console's
// names for them, and the English catalog's.
const englishCategories = {
  profanity: 'profanity',
  threat: 'threat',
  'personal-attack': 'personal attack',
  vulgarity: 'vulgarity',
  abuse: 'abuse',
  promotion: 'promotion',
  'off-topic': 'off-topic',
  other: 'other',
  shouting: 'shouting',
  repeated: 'repeated',
  banned: 'banned term',
} satisfies Record<GuidelineCategory, string>;

/** The English catalog: complete, and the shape every other catalog follows. */
export const en = (f: Format) => ({
  skipToContent: 'Skip to main content',
  sectionsNav: 'Sections',
  home: 'Home',
  latest: 'Latest news',
  sectionLabel: 'Section',
  topicLabel: 'Topic',
  relatedHeading: 'Related',
  alsoIn: (section: string) => `Also in ${section}`,
  moreFromSection: 'More from this section',
  olderInSection: 'Previous in this section',
  newerInSection: 'Next in this section',
  shareHeading: 'Share this article',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  copyFallback: 'Copy this link:',
  shareNative: 'Share…',
  shareOn: (network: string) => `Share on ${network}`,
  shareByEmail: 'Share by email',
  copyCommentLink: 'Copy link to this comment',
  leadStory: 'Lead story',
  published: 'Published',
  updated: 'Updated',
  source: 'Source',
  by: 'By',
  minRead: (minutes: number) => `${f.number(minutes)} min read`,
  tags: 'Tags',
  draft: 'Draft: not visible in production',
  textSize: 'Text size',
  increaseTextSize: 'Increase text size',
  decreaseTextSize: 'Decrease text size',
  pagination: 'Pagination',
  newerArticles: 'Newer articles',
  olderArticles: 'Older articles',
  pageOf: (page: number, total: number) => `Page ${f.number(page)} of ${f.number(total)}`,
  ...errorPageText.en,
  notFoundTitle: 'Page not found',
  notFoundBody: 'The page you were looking for does not exist or has moved.',
  footerNote: 'Independent news, read and discussed.',
  // Editions and languages
  readIn: 'Read in',
  /** This edition's name as its own readers call it, in running text ("the English edition"). */
  editionName: 'English',
  editionsNav: 'Editions',
  // Colour theme: the system's, or one the reader picks (remembered in this browser)
  themeLabel: 'Colour theme',
  themeSystem: 'System',
  themeLight: 'Light',
  themeDark: 'Dark',
  allRights: (year: number, name: string) => `© ${year} ${name}`,

  // Comments
  commentsHeading: (count: number) => `Comments (${f.number(count)})`,
  noCommentsYet: 'No comments yet. Be the first to comment.',
  newestFirst: 'Newest first',
  commentPages: 'Comment pages',
  earlierComments: 'Earlier comments',
  laterComments: 'Later comments',
  commentsOn: (title: string) => `Comments on “${title}”`,
  commentsClosed: 'Comments are closed.',
  commentPermalink: 'Link to this comment',
  reply: 'Reply',
  repliesTo: (name: string) => `Replies to ${name}`,
  postComment: 'Post a comment',
  replyingTo: (name: string) => `Replying to ${name}`,
  cancelReply: 'Cancel reply',
  required: 'Required',
  nameLabel: 'Name',
  emailLabel: 'Email',
  emailHint: 'Never shown publicly.',
  commentLabel: 'Comment',
  commentHint: (max: number) =>
    `Plain text, up to ${f.number(max)} characters. Links are not allowed.`,
  honeypotLabel: 'Leave this field empty',
  submitComment: 'Post comment',
  submitting: 'Posting…',
  thanksPending: 'Thank you. Your comment is awaiting moderation.',
  statusLinkIntro: 'Follow its progress at this private link (keep it to yourself):',
  postAnother: 'Post another comment',
  tooQuickly: (seconds: number) =>
    `You are posting too quickly. Please try again in ${englishWait(seconds)}.`,
  fixErrors: 'Please correct the fields marked below.',
  // What the comment form says about each field, and why a comment could not be posted.
  commentErrors: {
    articleClosed: 'This article does not take comments.',
    commentsClosed: 'Comments are closed on this article.',
    parentGone: 'The comment you are replying to no longer exists.',
    parentUnavailable:
      'The comment you are replying to is not available; post a new comment instead.',
    notPosted: 'Your comment could not be posted. Please try again.',
    nameMissing: 'Please enter your name.',
    nameTooLong: (max: number) => `Your name can be at most ${f.number(max)} characters.`,
    nameCharacters: {
      control: 'Your name contains invisible control characters; please type it again.',
      joiner:
        'Your name contains a zero-width joiner or non-joiner that is not between two letters it can join; please remove it.',
      invisible:
        'Your name contains an invisible character, such as a zero-width space; please type it again.',
      'nothing-visible': 'Your name must contain letters or other visible characters.',
    },
    emailMissing: 'Please enter your email address.',
    emailInvalid: 'Please enter a valid email address, like name@example.com.',
    emailTooLong: 'That email address is too long.',
    bodyMissing: 'Please write a comment.',
    bodyInvisible: 'Your comment has no visible characters; please write some text.',
    bodyTooShort: (min: number) => `Your comment must be at least ${f.number(min)} characters.`,
    bodyTooLong: (length: number, max: number) =>
      `Your comment is ${f.number(length)} characters; the limit is ${f.number(max)}.`,
    bodyControl: 'Your comment contains invisible control characters; please remove them.',
  },
  databaseBusy:
    'The site is very busy and your comment was not posted yet. Your text is still here: please send it again in a moment.',
  guidelinesHeading: 'Community guidelines',
  report: 'Report',
  reportTitle: 'Report a comment',
  backToArticle: (title: string) => `Back to “${title}”`,
  reportReasonLabel: 'Why are you reporting this comment?',
  sendReport: 'Send report',
  reportThanks: 'Thank you. A moderator will look at it.',
  reportAlready: 'You have already reported this comment.',
  reportGone: 'This comment can no longer be reported.',
  reportLimited: 'You have sent many reports in the past hour. Please try again later.',
  reportReasons: {
    'personal-attack': 'Personal attack',
    abuse: 'Abuse (sexism, racism, homophobia, xenophobia)',
    threat: 'Threat',
    profanity: 'Profanity or vulgarity',
    promotion: 'Spam or promotion',
    'off-topic': 'Off-topic',
    other: 'Something else',
  } satisfies Record<ReportReason, string>,

  // Status page
  statusTitle: 'Your comment',
  statusOn: 'On',
  statusLabel: 'Status',
  statusPending: 'Awaiting moderation',
  statusPendingBody:
    'A moderator will read your comment soon. It appears under the article once approved.',
  statusApproved: 'Approved',
  statusApprovedBody: 'Your comment is published.',
  statusRejected: 'Rejected',
  statusRejectedBody: (category: string) =>
    `Your comment was not published because it did not meet our community guidelines: ${category}.`,
  statusWithdrawn: 'Withdrawn',
  statusWithdrawnBody:
    'You withdrew this comment. It is no longer shown and its text has been erased.',
  viewComment: 'See it under the article',
  withdrawComment: 'Withdraw this comment',
  withdrawConfirmBody:
    'Withdrawing removes your comment from the site and erases its text. This cannot be undone.',
  withdrawConfirm: 'Yes, withdraw and erase it',
  withdrawCancel: 'Keep my comment',

  // Reasons a comment was not published, as its author reads them on the status page.
  categories: englishCategories,

  // Search: the header's search box and the results page.
  search: {
    title: 'Search',
    label: 'Search articles',
    submit: 'Search',
    hint: 'Search every article by words in its headline, summary, topics or text.',
    results: 'Search results',
    resultCount: (count: number, query: string) =>
      `${f.number(count)} ${plural(count, { one: 'result', other: 'results' })} for “${query}”`,
    noResults: (query: string) => `No articles match “${query}”.`,
    browseSections: 'Browse a section:',
    pagination: 'Search result pages',
    previous: 'Previous results',
    next: 'More results',
    pageOf: (page: number, total: number) => `Page ${f.number(page)} of ${f.number(total)}`,
    inEdition: (edition: string) => `Showing articles from the ${edition} edition.`,
    allEditions: 'Search all editions',
    everyEdition: 'Showing articles from every edition.',
  },
});

/** Every key a catalog has; `satisfies Messages` makes a catalog complete, `Partial` a start. */
export type Messages = ReturnType<typeof en>;

/** A catalog that translates only part of the interface; the rest shows in English. */
export type PartialMessages = { [K in keyof Messages]?: Messages[K] };

/** Names of the guideline categories, as moderators read them (by any key a flag may carry). */
export const categoryNames: Record<string, string> = englishCategories;

/** Interface text of the moderator console (not translated: moderators work in the newsroom's language). */
export const consoleMessages = {
  title: 'Moderation',
  signInTitle: 'Moderator sign-in',
  username: 'Username',
  password: 'Password',
  signIn: 'Sign in',
  signingIn: 'Signing in…',
  signOut: 'Sign out',
  invalidCredentials: 'The username or password is not right.',
  locked: (seconds: number) =>
    `Too many failed attempts. Sign-in is locked; try again in ${englishWait(seconds)}.`,
  signInBusy: 'Many sign-ins are being checked right now. Try again in a few seconds.',
  signedInAs: (name: string) => `Signed in as ${name}`,
  queues: 'Queues',
  queueNames: {
    pending: 'Pending',
    reported: 'Reported',
    approved: 'Approved',
    rejected: 'Rejected',
  } satisfies Record<Queue, string>,
  log: 'Moderation log',
  filterArticle: 'Article',
  allArticles: 'All articles',
  filter: 'Filter',
  emptyQueue: 'Nothing here. Well done.',
  approve: 'Approve',
  reject: 'Reject',
  keep: 'Keep',
  rejectReason: 'Reason for rejecting',
  chooseReason: 'Choose a reason…',
  select: (name: string) => `Select comment by ${name}`,
  selectAll: 'Select all on this page',
  bulkApprove: 'Approve selected',
  bulkReject: 'Reject selected',
  nothingSelected: 'Select at least one comment first.',
  chooseRejectReason: 'Choose why the comment is rejected.',
  done: (count: number, action: string) =>
    `${count} ${plural(count, { one: 'comment', other: 'comments' })} ${action}.`,
  alreadyDecided: (count: number) =>
    `${plural(count, { one: 'One comment was', other: `${count} comments were` })} already decided by another moderator and left as they were.`,
  flags: 'Why it was flagged',
  reports: (count: number) =>
    `Reported by ${count} ${plural(count, { one: 'reader', other: 'readers' })}`,
  hidden: 'Hidden from readers until you decide',
  reply: 'Reply',
  on: 'on',
  /** A decided comment's status, in running text: "approved (…) by dana". */
  statusNames: {
    pending: 'pending',
    approved: 'approved',
    rejected: 'rejected',
    withdrawn: 'withdrawn',
  } satisfies Record<CommentStatus, string>,
  decidedBy: 'by',
  shortcuts:
    'Keyboard: j / k move between comments, a approves, r rejects (choose a reason, then Enter).',
  logHeading: 'Moderation log',
  logWho: 'Who',
  logWhat: 'Action',
  logComment: 'Comment',
  logWhen: 'When',
  logWhy: 'Why',
  automatic: 'automatic',
  setupTitle: 'Create the first moderator account',
  setupIntro: 'This link works once: it creates the first account and then stops working.',
  confirmPassword: 'Password again',
  createAccount: 'Create account',
  passwordsDiffer: 'The two passwords differ.',
  usernameRule: 'Use 3 to 40 letters, digits, dots, dashes or underscores.',
  setupInvalid:
    'This setup link is not valid any more. Ask for a new one (restart the server) or sign in.',
  previous: 'Previous',
  next: 'Next',
  page: (page: number, total: number) => `Page ${page} of ${total}`,
} as const;
