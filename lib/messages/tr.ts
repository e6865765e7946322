// The Turkish catalog. Partial by type, so a key added to English shows in English here until
// it is translated; today it covers every key but `draft`. Turkish keeps the noun singular after a number
// ("3 dakika"), so counts need no plural forms.

import { errorPageText } from './error-page';
import { roundWait } from '../text/wait-time';
import type { Format } from './format';
import type { PartialMessages } from './en';

const waitUnits = { second: 'saniye', minute: 'dakika', hour: 'saat' } as const;

function turkishWait(f: Format, seconds: number): string {
  const { unit, count, approximate } = roundWait(seconds);
  return `${approximate ? 'yaklaşık ' : ''}${f.number(count)} ${waitUnits[unit]}`;
}

/** Turkish interface text; missing keys fall back to English (lib/messages/index.ts). */
export const tr = (f: Format): PartialMessages => ({
  skipToContent: 'Ana içeriğe geç',
  sectionsNav: 'Bölümler',
  home: 'Ana sayfa',
  latest: 'Son haberler',
  sectionLabel: 'Bölüm',
  topicLabel: 'Konu',
  relatedHeading: 'İlgili haberler',
  alsoIn: (section) => `${section} bölümünden`,
  moreFromSection: 'Bu bölümden daha fazla',
  olderInSection: 'Bu bölümde önceki',
  newerInSection: 'Bu bölümde sonraki',
  shareHeading: 'Bu haberi paylaş',
  copyLink: 'Bağlantıyı kopyala',
  linkCopied: 'Bağlantı kopyalandı',
  copyFallback: 'Bu bağlantıyı kopyalayın:',
  shareNative: 'Paylaş…',
  shareOn: (network) => `${network} üzerinde paylaş`,
  shareByEmail: 'E-postayla paylaş',
  copyCommentLink: 'Bu yorumun bağlantısını kopyala',
  leadStory: 'Manşet',
  published: 'Yayımlanma',
  updated: 'Güncellenme',
  source: 'Kaynak',
  by: 'Yazan:',
  minRead: (minutes) => `${f.number(minutes)} dakikalık okuma`,
  tags: 'Etiketler',
  // No `draft`: only editors see that banner, in development, and they work in English.
  textSize: 'Yazı boyutu',
  increaseTextSize: 'Yazıyı büyüt',
  decreaseTextSize: 'Yazıyı küçült',
  pagination: 'Sayfalar',
  newerArticles: 'Daha yeni haberler',
  olderArticles: 'Daha eski haberler',
  pageOf: (page, total) => `Sayfa ${f.number(page)} / ${f.number(total)}`,
  ...errorPageText.tr,
  notFoundTitle: 'Sayfa bulunamadı',
  notFoundBody: 'Aradığınız sayfa mevcut değil ya da taşınmış.',
  footerNote: 'Bağımsız haber: okuyun, tartışın.',
  readIn: 'Bu dilde oku:',
  editionName: 'Türkçe',
  editionsNav: 'Yayınlar',
  themeLabel: 'Renk teması',
  themeSystem: 'Sistem',
  themeLight: 'Açık',
  themeDark: 'Koyu',
  allRights: (year, siteName) => `© ${year} ${siteName}`,

  commentsHeading: (count) => `Yorumlar (${f.number(count)})`,
  noCommentsYet: 'Henüz yorum yok. İlk yorumu siz yapın.',
  newestFirst: 'En yeniler önce',
  commentPages: 'Yorum sayfaları',
  earlierComments: 'Önceki yorumlar',
  laterComments: 'Sonraki yorumlar',
  commentsOn: (title) => `“${title}” hakkındaki yorumlar`,
  commentsClosed: 'Yorumlar kapalı.',
  commentPermalink: 'Bu yorumun bağlantısı',
  reply: 'Yanıtla',
  repliesTo: (name) => `${name} adlı okura yanıtlar`,
  postComment: 'Yorum yapın',
  replyingTo: (name) => `${name} adlı okura yanıt`,
  cancelReply: 'Yanıtı iptal et',
  required: 'Zorunlu',
  nameLabel: 'Ad',
  emailLabel: 'E-posta',
  emailHint: 'Hiçbir zaman herkese açık gösterilmez.',
  commentLabel: 'Yorum',
  commentHint: (max) =>
    `Yalnızca düz metin, en fazla ${f.number(max)} karakter. Bağlantıya izin verilmez.`,
  honeypotLabel: 'Bu alanı boş bırakın',
  submitComment: 'Yorumu gönder',
  submitting: 'Gönderiliyor…',
  thanksPending: 'Teşekkürler. Yorumunuz moderatör onayı bekliyor.',
  statusLinkIntro: 'Durumunu bu özel bağlantıdan takip edin (kimseyle paylaşmayın):',
  postAnother: 'Başka bir yorum yapın',
  tooQuickly: (seconds) =>
    `Çok hızlı yorum gönderiyorsunuz. Lütfen ${turkishWait(f, seconds)} sonra yeniden deneyin.`,
  commentErrors: {
    articleClosed: 'Bu haber yorumlara açık değil.',
    commentsClosed: 'Bu habere yorum yapma kapatıldı.',
    parentGone: 'Yanıtladığınız yorum artık mevcut değil.',
    parentUnavailable:
      'Yanıtladığınız yorum erişilebilir değil; bunun yerine yeni bir yorum yazın.',
    notPosted: 'Yorumunuz yayımlanamadı. Lütfen tekrar deneyin.',
    nameMissing: 'Lütfen adınızı girin.',
    nameTooLong: (max: number) => `Adınız en fazla ${f.number(max)} karakter olabilir.`,
    nameCharacters: {
      control: 'Adınızda görünmeyen kontrol karakterleri var; lütfen yeniden yazın.',
      joiner:
        'Adınızda, birleşebilecek iki harf arasında olmayan sıfır genişlikli bir birleştirici veya ayırıcı var; lütfen kaldırın.',
      invisible:
        'Adınızda sıfır genişlikli boşluk gibi görünmeyen bir karakter var; lütfen yeniden yazın.',
      'nothing-visible': 'Adınız harf veya başka görünür karakterler içermelidir.',
    },
    emailMissing: 'Lütfen e-posta adresinizi girin.',
    emailInvalid: 'Lütfen name@example.com gibi geçerli bir e-posta adresi girin.',
    emailTooLong: 'Bu e-posta adresi çok uzun.',
    bodyMissing: 'Lütfen bir yorum yazın.',
    bodyInvisible: 'Yorumunuzda görünür karakter yok; lütfen bir metin yazın.',
    bodyTooShort: (min: number) => `Yorumunuz en az ${f.number(min)} karakter olmalıdır.`,
    bodyTooLong: (length: number, max: number) =>
      `Yorumunuz ${f.number(length)} karakter; sınır ${f.number(max)}.`,
    bodyControl: 'Yorumunuzda görünmeyen kontrol karakterleri var; lütfen kaldırın.',
  },
  fixErrors: 'Lütfen aşağıda işaretli alanları düzeltin.',
  databaseBusy:
    'Site şu anda çok yoğun ve yorumunuz henüz gönderilmedi. Metniniz hâlâ burada: lütfen biraz sonra yeniden gönderin.',
  guidelinesHeading: 'Yorum kuralları',
  report: 'Şikâyet et',
  reportTitle: 'Bir yorumu şikâyet et',
  backToArticle: (title) => `“${title}” haberine dön`,
  reportReasonLabel: 'Bu yorumu neden şikâyet ediyorsunuz?',
  sendReport: 'Şikâyeti gönder',
  reportThanks: 'Teşekkürler. Bir moderatör inceleyecek.',
  reportAlready: 'Bu yorumu zaten şikâyet ettiniz.',
  reportGone: 'Bu yorum artık şikâyet edilemez.',
  reportLimited:
    'Son bir saatte çok sayıda şikâyet gönderdiniz. Lütfen daha sonra yeniden deneyin.',
  reportReasons: {
    'personal-attack': 'Kişisel saldırı',
    abuse: 'Hakaret (cinsiyetçilik, ırkçılık, homofobi, yabancı düşmanlığı)',
    threat: 'Tehdit',
    profanity: 'Küfür veya müstehcenlik',
    promotion: 'Spam veya reklam',
    'off-topic': 'Konu dışı',
    other: 'Başka bir neden',
  },

  statusTitle: 'Yorumunuz',
  statusOn: 'Haber',
  statusLabel: 'Durum',
  statusPending: 'Onay bekliyor',
  statusPendingBody:
    'Bir moderatör yorumunuzu yakında okuyacak. Onaylandığında haberin altında görünecek.',
  statusApproved: 'Onaylandı',
  statusApprovedBody: 'Yorumunuz yayımlandı.',
  statusRejected: 'Reddedildi',
  statusRejectedBody: (category) =>
    `Yorumunuz yorum kurallarımıza uymadığı için yayımlanmadı: ${category}.`,
  statusWithdrawn: 'Geri çekildi',
  statusWithdrawnBody: 'Bu yorumu geri çektiniz. Artık gösterilmiyor ve metni silindi.',
  viewComment: 'Haberin altında görün',
  withdrawComment: 'Bu yorumu geri çek',
  withdrawConfirmBody:
    'Geri çekmek yorumunuzu siteden kaldırır ve metnini siler. Bu işlem geri alınamaz.',
  withdrawConfirm: 'Evet, geri çek ve sil',
  withdrawCancel: 'Yorumum kalsın',

  categories: {
    profanity: 'küfür',
    threat: 'tehdit',
    'personal-attack': 'kişisel saldırı',
    vulgarity: 'müstehcenlik',
    abuse: 'hakaret',
    promotion: 'reklam',
    'off-topic': 'konu dışı',
    other: 'diğer',
    shouting: 'bağırma (büyük harf)',
    repeated: 'tekrar',
    banned: 'yasaklı ifade',
  },

  search: {
    title: 'Arama',
    label: 'Haberlerde ara',
    submit: 'Ara',
    hint: 'Başlık, özet, konu veya metindeki kelimelerle tüm haberlerde arayın.',
    results: 'Arama sonuçları',
    resultCount: (count, query) => `“${query}” için ${f.number(count)} sonuç`,
    noResults: (query) => `“${query}” ile eşleşen haber yok.`,
    browseSections: 'Bir bölüme göz atın:',
    pagination: 'Arama sonucu sayfaları',
    previous: 'Önceki sonuçlar',
    next: 'Daha fazla sonuç',
    pageOf: (page, total) => `Sayfa ${f.number(page)} / ${f.number(total)}`,
    inEdition: (edition) => `${edition} yayınındaki haberler gösteriliyor.`,
    allEditions: 'Tüm yayınlarda ara',
    everyEdition: 'Tüm yayınlardaki haberler gösteriliyor.',
  },
});
