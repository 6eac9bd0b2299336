/**
 * The one reading of a written phone number, pure: the directory's user search, the directory's
 * own writes (User.phone is stored in E.164) and the IVR's caller identification all use it, so a
 * number found one way is found every way.
 *
 * Accepted writings: digits with spaces, dashes, dots and brackets, and a leading "+". "+46…" and
 * "0046…" are international; "070-…", "08-…" (a leading 0 then 1-9) are Swedish national (+46).
 */
const WRITING = /^\+?[\d\s\-.()]+$/;

interface Reading {
  /** How many digits were written. */
  written: number;
  /** The digits of the E.164 form (without "+"), or as written when no prefix says the country. */
  digits: string;
  /** Whether the writing names the country (+, 00 or a Swedish national 0): a whole number. */
  international: boolean;
}

function read(text: string): Reading | null {
  const t = text.trim();
  if (!WRITING.test(t)) return null;
  const raw = t.replace(/\D/g, '');
  const written = raw.length;
  if (t.startsWith('+')) return { written, digits: raw, international: true };
  if (raw.startsWith('00')) return { written, digits: raw.slice(2), international: true };
  if (/^0[1-9]/.test(raw)) return { written, digits: `46${raw.slice(1)}`, international: true };
  return { written, digits: raw, international: false };
}

/**
 * The digits a phone search looks for in a stored E.164 number, or null when the text is not a
 * phone number (or has fewer than 4 digits). A part of a number is searched as written.
 */
export function phoneDigits(text: string): string | null {
  const r = read(text);
  return r && r.written >= 4 ? r.digits : null;
}

/**
 * The number in E.164 (+46701234567), or undefined when the text is not a whole phone number:
 * 7 to 15 digits, and a Swedish one (+46) 7 to 9 digits after the country code.
 */
export function toE164(text: string): string | undefined {
  const r = read(text);
  if (!r || !r.international || !/^[1-9][0-9]{6,14}$/.test(r.digits)) return undefined;
  if (r.digits.startsWith('46') && !/^46[1-9][0-9]{6,8}$/.test(r.digits)) return undefined;
  return `+${r.digits}`;
}
