// Titles in every edition's script, with the characters share images have failed on.
export const sampleTitles = {
  english: 'Café owners in Erbil « reopen » after the naïve rumours – a €2 déjà vu',
  sorani: 'هەڵبژاردنی ڕێکخراوەکان لە ڤیەننا و کۆبوونەوەی سەرۆکی هەرێم',
  arabic: 'وَزِيرُ الخَارِجِيَّةِ يَلْتَقِي نَظِيرَهُ فِي بَغْدَادَ',
  turkish: 'İstanbul’da ılık hava: Ağrı ve Şırnak heyeti İçişleri’nde',
  kurmanji: 'Serokê Herêmê çû Şamê û li ser rêya nû axivî: îro û sibê',
  emoji: 'Fans 🎉 family 👨‍👩‍👧 flag 🇮🇶 thumbs 👍🏽 heart ❤️ keycap 1️⃣ face 🫨',
  cjk: 'Erbil 中文 news 日本',
} as const;
