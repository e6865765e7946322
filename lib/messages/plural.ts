// Counted phrases choose their form by the language's CLDR plural rules (Intl.PluralRules), never
// by `count === 1`: English has two forms, Arabic six, and a test of one against 1 gets the
// others wrong. Sorani, Kurmanji and Turkish keep the noun singular after a number, so their
// catalogs need no forms at all.

/** A phrase's forms by plural category; `other` is the one every language has. */
export type PluralForms<T> = { [Category in Intl.LDMLPluralRule]?: T } & { other: T };

/** Picks the form of a phrase for `count` under `lang`'s plural rules (the form, not the number). */
export function pluralFor(lang: string): <T>(count: number, forms: PluralForms<T>) => T {
  const rules = new Intl.PluralRules(lang);
  return (count, forms) => forms[rules.select(count)] ?? forms.other;
}
