/**
 * The pure rules of inbound mail: which mail is automatic (never a case, never answered), which
 * case numbers and vendor references a mail carries, and where a reply's quoted history starts.
 * No database, no clock: unit-tested beside (inbound-rules.test.ts).
 */

/** Why a mail is left alone: mail loops are avoided by never answering these. */
export type AutomaticKind = 'AUTO_REPLY' | 'BOUNCE' | 'LIST';

export interface MailHeaders {
  /** Header name (lower-case) → its raw value(s), as the mail carries them. */
  get(name: string): string | undefined;
  has(name: string): boolean;
}

const DAEMON = /^(mailer-daemon|postmaster)$/i;
const localPart = (address: string | null | undefined) => (address ?? '').split('@')[0];

/**
 * Whether a mail was sent by a machine: a bounce (multipart/report, the null sender, a mailer
 * daemon or postmaster, `Return-Path: <>`), an auto-reply (Auto-Submitted other than `no`,
 * X-Autoreply, X-Autorespond) or list mail (Precedence bulk/junk/list, List-Id, List-Unsubscribe).
 * Null: a person wrote it.
 */
export function automaticKind(headers: MailHeaders, contentType: string, envelopeFrom: string | null, from: string | null): AutomaticKind | null {
  const returnPath = headers.get('return-path');
  if (
    /^multipart\/report\b/i.test(contentType) ||
    envelopeFrom === null ||
    DAEMON.test(localPart(envelopeFrom)) ||
    DAEMON.test(localPart(from)) ||
    (returnPath !== undefined && /^\s*<\s*>\s*$/.test(returnPath))
  )
    return 'BOUNCE';
  const submitted = headers.get('auto-submitted')?.trim().toLowerCase();
  if ((submitted && !submitted.startsWith('no')) || headers.has('x-autoreply') || headers.has('x-autorespond')) return 'AUTO_REPLY';
  const precedence = headers.get('precedence')?.trim().toLowerCase();
  if ((precedence && ['bulk', 'junk', 'list'].includes(precedence)) || headers.has('list-id') || headers.has('list-unsubscribe')) return 'LIST';
  return null;
}

/** Case numbers a subject names, `[SSC-2026-000123]` or bare ("SV: ... SSC-2026-000123"), in order, once each. */
export function caseNumbersIn(subject: string | null | undefined): string[] {
  const found = (subject ?? '').toUpperCase().match(/\bSSC-\d{4}-\d{6}\b/g) ?? [];
  return [...new Set(found)];
}

/** The Message-IDs a header names (`<a@b> <c@d>`), without angle brackets. */
export function messageIdsIn(value: string | readonly string[] | null | undefined): string[] {
  const all = Array.isArray(value) ? value.join(' ') : ((value as string | null | undefined) ?? '');
  const ids = [...all.matchAll(/<([^<>\s]+)>/g)].map((m) => m[1]);
  if (!ids.length) ids.push(...all.split(/[\s,]+/).filter((s) => s.includes('@')));
  return [...new Set(ids)];
}

const REFERENCE_LABEL = /(?:ärende(?:nr|nummer)?|ticket|case|incident|ref(?:erens|erence)?|vår ref|our ref)\s*(?:#|no\.?|nr\.?|number|id)?\s*[:#]?\s*#?\s*([A-Z0-9][A-Z0-9._/-]{1,60})/i;

/**
 * The vendor's own reference ("Ärendenr: ABC-123", "Ref: INC0042", "Case #98765"), from the subject
 * or the first lines of the text; never our own case number. Null when the mail carries none.
 */
export function vendorReferenceIn(subject: string | null | undefined, text: string | null | undefined): string | null {
  const lines = [subject ?? '', ...(text ?? '').split(/\r?\n/).slice(0, 8)];
  for (const line of lines) {
    const cleaned = line.replace(/\[?\bSSC-\d{4}-\d{6}\b\]?/gi, ' ');
    const match = REFERENCE_LABEL.exec(cleaned);
    if (match && /\d/.test(match[1])) return match[1].replace(/[.,;:]+$/, '').slice(0, 100);
  }
  return null;
}

/** Lines where a client starts quoting the mail answered (English, Swedish, Outlook). */
const QUOTE_STARTS: RegExp[] = [
  /^On .{4,200} wrote:\s*$/i,
  /^Den .{4,200} skrev .{0,200}:\s*$/i,
  /^.{4,200} skrev:\s*$/i,
  /^-{2,}\s*(Original Message|Ursprungligt meddelande|Originalmeddelande)\s*-{2,}\s*$/i,
  /^_{10,}\s*$/,
  /^(From|Från):\s.+$/i,
];

/**
 * A reply's own text, without the history it quotes: cut at the first line where a client starts
 * quoting (and drop `>` lines at the end). When cutting would leave nothing, the text is kept whole:
 * a comment is never emptied by a guess.
 */
export function withoutQuotedHistory(text: string): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  let end = lines.findIndex((line) => QUOTE_STARTS.some((re) => re.test(line.trim())));
  if (end < 0) end = lines.length;
  const own = lines.slice(0, end);
  while (own.length && (/^\s*>/.test(own[own.length - 1]) || !own[own.length - 1].trim())) own.pop();
  const result = own.join('\n').trim();
  return result || text.trim();
}

/** English when the mail says so (Content-Language `en...`), else Swedish. */
export function languageOf(contentLanguage: string | null | undefined): 'sv' | 'en' {
  return /^\s*en\b/i.test(contentLanguage ?? '') ? 'en' : 'sv';
}
