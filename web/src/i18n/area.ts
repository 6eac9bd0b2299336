/**
 * One screen area's messages in both languages. The English object must have exactly the Swedish
 * keys (a missing or extra key is a type error), so each area keeps its own pair beside the others
 * and sv.ts/en.ts only gather them into the one catalogue.
 */
export function messages<const S extends Record<string, string>>(sv: S, en: { readonly [K in keyof S]: string }) {
  return { sv, en };
}
