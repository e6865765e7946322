// What a catalog needs to write numbers the way its edition does (lib/editions/index.ts).

export type Format = {
  /** A count or page number in the edition's digits, grouped: `1,234`, `١٬٢٣٤`. */
  number: (value: number) => string;
};
