// The Arabic catalog: complete, in the register of Rudaw's Arabic site. Arabic changes the noun
// with the count (one, two, three to ten, eleven and up): every count goes through pluralFor.

import { errorPageText } from './error-page';
import { roundWait } from '../text/wait-time';
import type { Messages } from './en';
import type { Format } from './format';
import { pluralFor } from './plural';

/** All six: Arabic uses every plural category, so none may fall back to `other` unnoticed. */
type PluralForms = Record<Intl.LDMLPluralRule, (count: string) => string>;

const plural = pluralFor('ar');

/** A count with its noun in the form Arabic grammar asks for. */
function counted(f: Format, count: number, forms: PluralForms): string {
  return plural(count, forms)(f.number(count));
}

const minutes: PluralForms = {
  zero: (n) => `${n} دقيقة`,
  one: () => 'دقيقة واحدة',
  two: () => 'دقيقتان',
  few: (n) => `${n} دقائق`,
  many: (n) => `${n} دقيقة`,
  other: (n) => `${n} دقيقة`,
};

const waitUnits: Record<'second' | 'minute' | 'hour', PluralForms> = {
  second: {
    zero: (n) => `${n} ثانية`,
    one: () => 'ثانية واحدة',
    two: () => 'ثانيتين',
    few: (n) => `${n} ثوانٍ`,
    many: (n) => `${n} ثانية`,
    other: (n) => `${n} ثانية`,
  },
  // After the preposition بعد the dual takes its genitive form (دقيقتين, ساعتين).
  minute: { ...minutes, two: () => 'دقيقتين' },
  hour: {
    zero: (n) => `${n} ساعة`,
    one: () => 'ساعة واحدة',
    two: () => 'ساعتين',
    few: (n) => `${n} ساعات`,
    many: (n) => `${n} ساعة`,
    other: (n) => `${n} ساعة`,
  },
};

function arabicWait(f: Format, seconds: number): string {
  const { unit, count, approximate } = roundWait(seconds);
  return `${approximate ? 'نحو ' : ''}${counted(f, count, waitUnits[unit])}`;
}

const results: PluralForms = {
  zero: () => 'لا توجد نتائج',
  one: () => 'نتيجة واحدة',
  two: () => 'نتيجتان',
  few: (n) => `${n} نتائج`,
  many: (n) => `${n} نتيجة`,
  other: (n) => `${n} نتيجة`,
};

// A year is a name, not a quantity: in the edition's digits but never grouped (٢٠٢٥, not ٢٬٠٢٥).
const plainYear = (f: Format, year: number) => f.number(year).replace(/[٬,.\s\u00A0]/g, '');

/** Arabic interface text; the type makes it list every key English has. */
export const ar = (f: Format): Messages => ({
  skipToContent: 'الانتقال إلى المحتوى الرئيسي',
  sectionsNav: 'الأقسام',
  home: 'الرئيسية',
  latest: 'آخر الأخبار',
  sectionLabel: 'القسم',
  topicLabel: 'الموضوع',
  relatedHeading: 'ذات صلة',
  alsoIn: (section) => `أيضاً في ${section}`,
  moreFromSection: 'المزيد من هذا القسم',
  olderInSection: 'السابق في هذا القسم',
  newerInSection: 'التالي في هذا القسم',
  shareHeading: 'شارك هذا المقال',
  copyLink: 'نسخ الرابط',
  linkCopied: 'تم نسخ الرابط',
  copyFallback: 'انسخ هذا الرابط:',
  shareNative: 'مشاركة…',
  shareOn: (network) => `المشاركة على ${network}`,
  shareByEmail: 'المشاركة عبر البريد الإلكتروني',
  copyCommentLink: 'نسخ رابط هذا التعليق',
  leadStory: 'الخبر الرئيسي',
  published: 'نُشر في',
  updated: 'آخر تحديث',
  source: 'المصدر',
  by: 'بقلم',
  minRead: (count) => `وقت القراءة: ${counted(f, count, minutes)}`,
  tags: 'الوسوم',
  draft: 'مسودة: لا تظهر في النسخة المنشورة',
  textSize: 'حجم الخط',
  increaseTextSize: 'تكبير الخط',
  decreaseTextSize: 'تصغير الخط',
  pagination: 'الصفحات',
  newerArticles: 'مقالات أحدث',
  olderArticles: 'مقالات أقدم',
  pageOf: (page, total) => `الصفحة ${f.number(page)} من ${f.number(total)}`,
  ...errorPageText.ar,
  notFoundTitle: 'الصفحة غير موجودة',
  notFoundBody: 'الصفحة التي تبحث عنها غير موجودة أو نُقلت إلى عنوان آخر.',
  footerNote: 'أخبار مستقلة، تُقرأ وتُناقش.',
  readIn: 'اقرأ باللغة',
  // In running text after الإصدار: "الإصدار العربي".
  editionName: 'العربي',
  editionsNav: 'الإصدارات',
  themeLabel: 'مظهر الألوان',
  themeSystem: 'النظام',
  themeLight: 'فاتح',
  themeDark: 'داكن',
  allRights: (year, name) => `© ${plainYear(f, year)} ${name}`,

  commentsHeading: (count) => `التعليقات (${f.number(count)})`,
  noCommentsYet: 'لا توجد تعليقات بعد. كن أول من يعلّق.',
  newestFirst: 'الأحدث أولاً',
  commentPages: 'صفحات التعليقات',
  earlierComments: 'تعليقات سابقة',
  laterComments: 'تعليقات لاحقة',
  commentsOn: (title) => `التعليقات على «${title}»`,
  commentsClosed: 'التعليقات مغلقة.',
  commentPermalink: 'رابط هذا التعليق',
  reply: 'رد',
  repliesTo: (name) => `الردود على ${name}`,
  postComment: 'أضف تعليقاً',
  replyingTo: (name) => `الرد على ${name}`,
  cancelReply: 'إلغاء الرد',
  required: 'مطلوب',
  nameLabel: 'الاسم',
  emailLabel: 'البريد الإلكتروني',
  emailHint: 'لن يُنشر أبداً.',
  commentLabel: 'التعليق',
  commentHint: (max) => `نص عادي، بحد أقصى ${f.number(max)} حرف. الروابط غير مسموح بها.`,
  honeypotLabel: 'اترك هذا الحقل فارغاً',
  submitComment: 'نشر التعليق',
  submitting: 'جارٍ الإرسال…',
  thanksPending: 'شكراً لك. تعليقك بانتظار مراجعة المشرفين.',
  statusLinkIntro: 'تابع حالته عبر هذا الرابط الخاص (احتفظ به لنفسك):',
  postAnother: 'أضف تعليقاً آخر',
  tooQuickly: (seconds) =>
    `أنت تنشر بسرعة كبيرة. يُرجى المحاولة مرة أخرى بعد ${arabicWait(f, seconds)}.`,
  commentErrors: {
    articleClosed: 'هذا المقال لا يقبل التعليقات.',
    commentsClosed: 'التعليقات مغلقة على هذا المقال.',
    parentGone: 'التعليق الذي تردّ عليه لم يعد موجوداً.',
    parentUnavailable: 'التعليق الذي تردّ عليه غير متاح؛ اكتب تعليقاً جديداً بدلاً من ذلك.',
    notPosted: 'تعذّر نشر تعليقك. يُرجى المحاولة مرة أخرى.',
    nameMissing: 'يُرجى إدخال اسمك.',
    nameTooLong: (max: number) => `يجب ألا يتجاوز اسمك ${f.number(max)} حرفاً.`,
    nameCharacters: {
      control: 'يحتوي اسمك على محارف تحكّم غير مرئية؛ يُرجى كتابته من جديد.',
      joiner: 'يحتوي اسمك على محرف وصل أو فصل صفري العرض ليس بين حرفين يمكن وصلهما؛ يُرجى حذفه.',
      invisible: 'يحتوي اسمك على محرف غير مرئي، مثل مسافة صفرية العرض؛ يُرجى كتابته من جديد.',
      'nothing-visible': 'يجب أن يحتوي اسمك على حروف أو رموز مرئية.',
    },
    emailMissing: 'يُرجى إدخال عنوان بريدك الإلكتروني.',
    emailInvalid: 'يُرجى إدخال عنوان بريد إلكتروني صحيح، مثل name@example.com.',
    emailTooLong: 'عنوان البريد الإلكتروني هذا طويل جداً.',
    bodyMissing: 'يُرجى كتابة تعليق.',
    bodyInvisible: 'لا يحتوي تعليقك على أي حروف مرئية؛ يُرجى كتابة نص.',
    bodyTooShort: (min: number) => `يجب أن يتكوّن تعليقك من ${f.number(min)} أحرف على الأقل.`,
    bodyTooLong: (length: number, max: number) =>
      `يتكوّن تعليقك من ${f.number(length)} حرفاً؛ والحد الأقصى ${f.number(max)}.`,
    bodyControl: 'يحتوي تعليقك على محارف تحكّم غير مرئية؛ يُرجى حذفها.',
  },
  fixErrors: 'يُرجى تصحيح الحقول المشار إليها أدناه.',
  databaseBusy:
    'الموقع مزدحم جداً ولم يُرسل تعليقك بعد. نصّك ما زال هنا: يُرجى إرساله مرة أخرى بعد قليل.',
  guidelinesHeading: 'قواعد التعليق',
  report: 'إبلاغ',
  reportTitle: 'الإبلاغ عن تعليق',
  backToArticle: (title) => `العودة إلى «${title}»`,
  reportReasonLabel: 'لماذا تبلّغ عن هذا التعليق؟',
  sendReport: 'إرسال البلاغ',
  reportThanks: 'شكراً لك. سيطّلع عليه أحد المشرفين.',
  reportAlready: 'لقد أبلغت عن هذا التعليق من قبل.',
  reportGone: 'لم يعد بالإمكان الإبلاغ عن هذا التعليق.',
  reportLimited: 'أرسلت بلاغات كثيرة خلال الساعة الماضية. يُرجى المحاولة لاحقاً.',
  reportReasons: {
    'personal-attack': 'هجوم شخصي',
    abuse: 'إساءة (تمييز على أساس الجنس، عنصرية، رهاب المثلية، كراهية الأجانب)',
    threat: 'تهديد',
    profanity: 'ألفاظ نابية أو بذيئة',
    promotion: 'رسائل مزعجة أو ترويج',
    'off-topic': 'خارج الموضوع',
    other: 'سبب آخر',
  },

  statusTitle: 'تعليقك',
  statusOn: 'على',
  statusLabel: 'الحالة',
  statusPending: 'بانتظار المراجعة',
  statusPendingBody: 'سيقرأ أحد المشرفين تعليقك قريباً، وسيظهر أسفل المقال بعد الموافقة عليه.',
  statusApproved: 'تمت الموافقة',
  statusApprovedBody: 'نُشر تعليقك.',
  statusRejected: 'مرفوض',
  statusRejectedBody: (category) => `لم يُنشر تعليقك لأنه لا يتوافق مع قواعد التعليق: ${category}.`,
  statusWithdrawn: 'مسحوب',
  statusWithdrawnBody: 'لقد سحبت هذا التعليق. لم يعد معروضاً وحُذف نصّه.',
  viewComment: 'شاهده أسفل المقال',
  withdrawComment: 'سحب هذا التعليق',
  withdrawConfirmBody: 'يؤدي السحب إلى إزالة تعليقك من الموقع وحذف نصّه. لا يمكن التراجع عن ذلك.',
  withdrawConfirm: 'نعم، اسحبه واحذفه',
  withdrawCancel: 'أبقِ تعليقي',

  categories: {
    profanity: 'ألفاظ نابية',
    threat: 'تهديد',
    'personal-attack': 'هجوم شخصي',
    vulgarity: 'بذاءة',
    abuse: 'إساءة',
    promotion: 'ترويج',
    'off-topic': 'خارج الموضوع',
    other: 'سبب آخر',
    shouting: 'صراخ (كتابة بأحرف كبيرة)',
    repeated: 'تكرار',
    banned: 'كلمة محظورة',
  },

  search: {
    title: 'بحث',
    label: 'البحث في المقالات',
    submit: 'بحث',
    hint: 'ابحث في كل المقالات بكلمات من العنوان أو الملخص أو المواضيع أو النص.',
    results: 'نتائج البحث',
    resultCount: (count, query) => `${counted(f, count, results)} عن «${query}»`,
    noResults: (query) => `لا توجد مقالات تطابق «${query}».`,
    browseSections: 'تصفّح قسماً:',
    pagination: 'صفحات نتائج البحث',
    previous: 'النتائج السابقة',
    next: 'المزيد من النتائج',
    pageOf: (page, total) => `الصفحة ${f.number(page)} من ${f.number(total)}`,
    inEdition: (edition) => `تُعرض مقالات الإصدار ${edition}.`,
    allEditions: 'البحث في كل الإصدارات',
    everyEdition: 'تُعرض مقالات كل الإصدارات.',
  },
});
