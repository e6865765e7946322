// The Kurmanji Kurdish catalog (Latin script, as Rudaw's Kurmanji site writes it). Partial by
// type, so a key added to English shows in English here until it is translated; today it covers
// every key but `draft`. Kurmanji keeps the noun singular after a number ("3 deqe").

import { errorPageText } from './error-page';
import { roundWait } from '../text/wait-time';
import type { Format } from './format';
import type { PartialMessages } from './en';

const waitUnits = { second: 'çirke', minute: 'deqe', hour: 'saet' } as const;

function kurmanjiWait(f: Format, seconds: number): string {
  const { unit, count, approximate } = roundWait(seconds);
  return `${approximate ? 'nêzîkî ' : ''}${f.number(count)} ${waitUnits[unit]}`;
}

/** Kurmanji interface text; missing keys fall back to English (lib/messages/index.ts). */
export const kmr = (f: Format): PartialMessages => ({
  skipToContent: 'Here naveroka sereke',
  sectionsNav: 'Beş',
  home: 'Serûpel',
  latest: 'Nûçeyên dawî',
  sectionLabel: 'Beş',
  topicLabel: 'Mijar',
  relatedHeading: 'Têkildar',
  alsoIn: (section) => `Herwiha di ${section} de`,
  moreFromSection: 'Zêdetir ji vê beşê',
  olderInSection: 'Yê berê di vê beşê de',
  newerInSection: 'Yê piştre di vê beşê de',
  shareHeading: 'Vê nûçeyê parve bike',
  copyLink: 'Girêdanê kopî bike',
  linkCopied: 'Girêdan hate kopîkirin',
  copyFallback: 'Vê girêdanê kopî bike:',
  shareNative: 'Parve bike…',
  shareOn: (network) => `Li ser ${network} parve bike`,
  shareByEmail: 'Bi e-nameyê parve bike',
  copyCommentLink: 'Girêdana vê şîroveyê kopî bike',
  leadStory: 'Nûçeya sereke',
  published: 'Hate weşandin',
  updated: 'Hate nûkirin',
  source: 'Çavkanî',
  by: 'Nivîsa',
  minRead: (minutes) => `${f.number(minutes)} deqe xwendin`,
  tags: 'Etîket',
  // No `draft`: only editors see that banner, in development, and they work in English.
  textSize: 'Mezinahiya nivîsê',
  increaseTextSize: 'Nivîsê mezin bike',
  decreaseTextSize: 'Nivîsê biçûk bike',
  pagination: 'Rûpel',
  newerArticles: 'Nûçeyên nûtir',
  olderArticles: 'Nûçeyên kevintir',
  pageOf: (page, total) => `Rûpel ${f.number(page)} ji ${f.number(total)}`,
  ...errorPageText.kmr,
  notFoundTitle: 'Rûpel nehate dîtin',
  notFoundBody: 'Rûpela ku tu lê digerî tune ye an jî hatiye guhertin.',
  footerNote: 'Nûçeyên serbixwe, ji bo xwendin û nîqaşê.',
  readIn: 'Bixwîne bi',
  // Lowercase in running text, as Kurmanji writes language names: "weşana kurmancî".
  editionName: 'kurmancî',
  editionsNav: 'Weşan',
  themeLabel: 'Rengê rûkarê',
  themeSystem: 'Pergal',
  themeLight: 'Ronî',
  themeDark: 'Tarî',
  allRights: (year, siteName) => `© ${year} ${siteName}`,

  commentsHeading: (count) => `Şîrove (${f.number(count)})`,
  noCommentsYet: 'Hîn şîrove tune. Bibe yê yekem ku şîrove dinivîse.',
  newestFirst: 'Yên herî nû li jor',
  commentPages: 'Rûpelên şîroveyan',
  earlierComments: 'Şîroveyên berê',
  laterComments: 'Şîroveyên paşê',
  commentsOn: (title) => `Şîroveyên li ser “${title}”`,
  commentsClosed: 'Şîrove girtî ne.',
  commentPermalink: 'Girêdana vê şîroveyê',
  reply: 'Bersiv bide',
  repliesTo: (name) => `Bersivên ji bo ${name}`,
  postComment: 'Şîroveyekê binivîse',
  replyingTo: (name) => `Bersiva ${name}`,
  cancelReply: 'Bersivê betal bike',
  required: 'Pêwîst e',
  nameLabel: 'Nav',
  emailLabel: 'E-name',
  emailHint: 'Qet bi eşkereyî nayê nîşandan.',
  commentLabel: 'Şîrove',
  commentHint: (max) => `Tenê nivîs, herî zêde ${f.number(max)} tîp. Girêdan nayên qebûlkirin.`,
  honeypotLabel: 'Vê qadê vala bihêle',
  submitComment: 'Şîroveyê bişîne',
  submitting: 'Tê şandin…',
  thanksPending: 'Spas. Şîroveya te li benda nirxandina moderatorekî ye.',
  statusLinkIntro: 'Rewşa wê bi vê girêdana taybet bişopîne (ji xwe re bihêle):',
  postAnother: 'Şîroveyeke din binivîse',
  tooQuickly: (seconds) =>
    `Tu pir bilez dinivîsî. Ji kerema xwe piştî ${kurmanjiWait(f, seconds)} dîsa biceribîne.`,
  commentErrors: {
    articleClosed: 'Ev nivîs şîroveyan qebûl nake.',
    commentsClosed: 'Şîrove li ser vê nivîsê girtî ne.',
    parentGone: 'Şîroveya ku tu bersiv didî êdî tune ye.',
    parentUnavailable:
      'Şîroveya ku tu bersiv didî ne berdest e; li şûna wê şîroveyeke nû binivîse.',
    notPosted: 'Şîroveya te nehat weşandin. Ji kerema xwe dîsa biceribîne.',
    nameMissing: 'Ji kerema xwe navê xwe binivîse.',
    nameTooLong: (max: number) => `Navê te herî zêde dikare ${f.number(max)} tîp be.`,
    nameCharacters: {
      control: 'Di navê te de tîpên kontrolê yên nexuya hene; ji kerema xwe dîsa binivîse.',
      joiner:
        'Di navê te de girêdereke an veqetînereke bê fireh heye ku ne di navbera du tîpên ku dikarin bi hev ve werin girêdan de ye; ji kerema xwe jê bibe.',
      invisible:
        'Di navê te de tîpeke nexuya heye, wek valahiya bê fireh; ji kerema xwe dîsa binivîse.',
      'nothing-visible': 'Divê di navê te de tîp an nîşanên xuya hebin.',
    },
    emailMissing: 'Ji kerema xwe navnîşana e-nameya xwe binivîse.',
    emailInvalid: 'Ji kerema xwe navnîşaneke e-nameyê ya rast binivîse, wek name@example.com.',
    emailTooLong: 'Ev navnîşana e-nameyê pir dirêj e.',
    bodyMissing: 'Ji kerema xwe şîroveyekê binivîse.',
    bodyInvisible: 'Di şîroveya te de tu tîpên xuya tune ne; ji kerema xwe nivîsekê binivîse.',
    bodyTooShort: (min: number) => `Divê şîroveya te herî kêm ${f.number(min)} tîp be.`,
    bodyTooLong: (length: number, max: number) =>
      `Şîroveya te ${f.number(length)} tîp e; sînor ${f.number(max)} e.`,
    bodyControl: 'Di şîroveya te de tîpên kontrolê yên nexuya hene; ji kerema xwe jê bibe.',
  },
  fixErrors: 'Ji kerema xwe qadên li jêr nîşankirî rast bike.',
  databaseBusy:
    'Malper niha pir qerebalix e û şîroveya te hîn nehatiye şandin. Nivîsa te hîn li vir e: ji kerema xwe piştî kêliyekê dîsa bişîne.',
  guidelinesHeading: 'Rêbazên şîroveyan',
  report: 'Ragihîne',
  reportTitle: 'Şîroveyekê ragihîne',
  backToArticle: (title) => `Vegere “${title}”`,
  reportReasonLabel: 'Tu çima vê şîroveyê radigihînî?',
  sendReport: 'Ragihandinê bişîne',
  reportThanks: 'Spas. Moderatorek dê lê binêre.',
  reportAlready: 'Te berê ev şîrove ragihandiye.',
  reportGone: 'Êdî ev şîrove nayê ragihandin.',
  reportLimited: 'Te di saeta borî de gelek ragihandin şandine. Ji kerema xwe paşê biceribîne.',
  reportReasons: {
    'personal-attack': 'Êrîşa kesane',
    abuse: 'Heqaret (cudakariya zayendî, nijadperestî, homofobî, biyanîfobî)',
    threat: 'Gef',
    profanity: 'Çêr an gotinên nebaş',
    promotion: 'Spam an reklam',
    'off-topic': 'Ne li ser mijarê',
    other: 'Tiştekî din',
  },

  statusTitle: 'Şîroveya te',
  statusOn: 'Li ser',
  statusLabel: 'Rewş',
  statusPending: 'Li benda nirxandinê',
  statusPendingBody:
    'Moderatorek dê di demeke nêz de şîroveya te bixwîne. Piştî pejirandinê li binê nûçeyê xuya dibe.',
  statusApproved: 'Hate pejirandin',
  statusApprovedBody: 'Şîroveya te hate weşandin.',
  statusRejected: 'Hate redkirin',
  statusRejectedBody: (category) =>
    `Şîroveya te nehate weşandin, ji ber ku li gorî rêbazên şîroveyan nebû: ${category}.`,
  statusWithdrawn: 'Hate vekişandin',
  statusWithdrawnBody: 'Te ev şîrove vekişand. Êdî nayê nîşandan û nivîsa wê hate jêbirin.',
  viewComment: 'Li binê nûçeyê bibîne',
  withdrawComment: 'Vê şîroveyê vekişîne',
  withdrawConfirmBody:
    'Vekişandin şîroveya te ji malperê radike û nivîsa wê jê dibe. Ev nayê paşvegerandin.',
  withdrawConfirm: 'Erê, vekişîne û jê bibe',
  withdrawCancel: 'Şîroveya min bihêle',

  categories: {
    profanity: 'çêr',
    threat: 'gef',
    'personal-attack': 'êrîşa kesane',
    vulgarity: 'gotinên nebaş',
    abuse: 'heqaret',
    promotion: 'reklam',
    'off-topic': 'ne li ser mijarê',
    other: 'sedemeke din',
    shouting: 'qîrîn (tîpên mezin)',
    repeated: 'dubarekirin',
    banned: 'peyva qedexekirî',
  },

  search: {
    title: 'Lêgerîn',
    label: 'Di nûçeyan de bigere',
    submit: 'Bigere',
    hint: 'Bi peyvên sernav, kurte, mijar an nivîsê di hemû nûçeyan de bigere.',
    results: 'Encamên lêgerînê',
    resultCount: (count, query) => `${f.number(count)} encam ji bo “${query}”`,
    noResults: (query) => `Tu nûçe li gorî “${query}” nehat dîtin.`,
    browseSections: 'Li beşekê binêre:',
    pagination: 'Rûpelên encaman',
    previous: 'Encamên berê',
    next: 'Encamên zêdetir',
    pageOf: (page, total) => `Rûpel ${f.number(page)} ji ${f.number(total)}`,
    inEdition: (edition) => `Nûçeyên weşana ${edition} tên nîşandan.`,
    allEditions: 'Di hemû weşanan de bigere',
    everyEdition: 'Nûçeyên hemû weşanan tên nîşandan.',
  },
});
