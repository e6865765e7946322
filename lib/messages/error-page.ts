// The error page's words, apart from the catalogs: the error boundary runs in the browser, and
// importing a catalog there would send every language's interface text to every reader (14 KB
// gzip on each page). Each catalog takes its words from here, so they are written once.
import type { EditionCode } from '../editions';

export type ErrorPageText = {
  errorTitle: string;
  errorBody: string;
  tryAgain: string;
  backToFront: string;
};

export const errorPageText = {
  en: {
    errorTitle: 'Something went wrong',
    errorBody: 'The page could not be shown. Please try again in a moment.',
    tryAgain: 'Try again',
    backToFront: 'Go to the front page',
  },
  ckb: {
    errorTitle: 'هەڵەیەک ڕوویدا',
    errorBody: 'لاپەڕەکە نیشان نەدرا. تکایە کەمێکی تر دووبارە هەوڵ بدەرەوە.',
    tryAgain: 'دووبارە هەوڵ بدەرەوە',
    backToFront: 'گەڕانەوە بۆ لاپەڕەی سەرەکی',
  },
  ar: {
    errorTitle: 'حدث خطأ ما',
    errorBody: 'تعذّر عرض الصفحة. يُرجى المحاولة مرة أخرى بعد قليل.',
    tryAgain: 'أعد المحاولة',
    backToFront: 'العودة إلى الصفحة الرئيسية',
  },
  kmr: {
    errorTitle: 'Tiştek çewt çû',
    errorBody: 'Rûpel nehate nîşandan. Ji kerema xwe piştî kêliyekê dîsa biceribîne.',
    tryAgain: 'Dîsa biceribîne',
    backToFront: 'Vegere serûpelê',
  },
  tr: {
    errorTitle: 'Bir sorun oluştu',
    errorBody: 'Sayfa görüntülenemedi. Lütfen biraz sonra yeniden deneyin.',
    tryAgain: 'Yeniden dene',
    backToFront: 'Ana sayfaya dön',
  },
} satisfies Record<EditionCode, ErrorPageText>;
