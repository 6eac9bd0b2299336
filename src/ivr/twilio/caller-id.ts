/**
 * Twilio's `From` for a caller who withholds their number. Twilio passes the network's word
 * ("anonymous", "restricted", ...), an empty value, or one of its keypad-spelled placeholders:
 * +266696687 (A-N-O-N-Y-M-O-U-S), +7378742833 (RESTRICTED), +8656696 (UNKNOWN),
 * +86282452253 (UNAVAILABLE), +2562533 (BLOCKED). The placeholders look like E.164 numbers, so a
 * callback to them would be offered and dialled: they are withheld numbers. Pure.
 */
const WITHHELD_WORDS = new Set(['', 'anonymous', 'restricted', 'unknown', 'private', 'unavailable', 'blocked', 'withheld']);
const WITHHELD_PLACEHOLDERS = new Set(['+266696687', '+7378742833', '+8656696', '+86282452253', '+2562533']);

export function isWithheldCaller(from: string): boolean {
  const value = from.trim();
  return WITHHELD_WORDS.has(value.toLowerCase()) || WITHHELD_PLACEHOLDERS.has(value.replace(/[\s\-.()]/g, ''));
}

/** The caller as the call service takes it: 'anonymous' for every withheld form Twilio sends. */
export const callerOf = (from: string) => (isWithheldCaller(from) ? 'anonymous' : from);
