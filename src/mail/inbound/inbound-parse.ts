import type { AddressObject, ParsedMail } from 'mailparser';
import sanitizeHtml from 'sanitize-html';
import { automaticKind, caseNumbersIn, languageOf, messageIdsIn, type AutomaticKind, type MailHeaders } from './inbound-rules';

/** One file of a mail. */
export interface MailFile {
  filename: string | null;
  declaredType: string;
  data: Buffer;
}

/** What processing needs of a received mail, decoded (charsets and all) and cleaned. */
export interface ReadMail {
  from: { address: string; name: string } | null;
  subject: string;
  /** The plain text: the mail's own, else made from its HTML. */
  text: string;
  /** The HTML body through the sanitiser's allow-list; null when the mail has none. */
  html: string | null;
  /** Message-IDs it answers (In-Reply-To first, then References newest first). */
  answers: string[];
  caseNumbers: string[];
  automatic: AutomaticKind | null;
  lang: 'sv' | 'en';
  files: MailFile[];
}

/**
 * The allow-list: text structure, links (http, https, mailto only) and tables; no scripts, styles,
 * event handlers, forms, frames or images (remote images track the reader).
 */
const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'div', 'span', 'b', 'strong', 'i', 'em', 'u', 's', 'blockquote', 'pre', 'code', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr'],
  allowedAttributes: { a: ['href'], td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'head'],
};

export const sanitiseHtml = (html: string) => sanitizeHtml(html, ALLOWED);

/** The raw header lines as a lookup by lower-case name (values unfolded). */
function headersOf(parsed: ParsedMail): MailHeaders {
  const map = new Map<string, string>();
  for (const { key, line } of parsed.headerLines ?? []) {
    if (map.has(key)) continue;
    const colon = line.indexOf(':');
    map.set(key.toLowerCase(), line.slice(colon + 1).replace(/\r?\n[ \t]+/g, ' ').trim());
  }
  return { get: (name) => map.get(name), has: (name) => map.has(name) };
}

function firstAddress(from: AddressObject | AddressObject[] | undefined): { address: string; name: string } | null {
  const list = Array.isArray(from) ? from : from ? [from] : [];
  for (const group of list) {
    for (const entry of group.value) {
      const address = entry.address?.trim().toLowerCase();
      if (address && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address)) return { address, name: entry.name?.trim() || address };
    }
  }
  return null;
}

/** Whether the mail has a text/plain part of its own (or is plain text without a Content-Type). */
function hasTextPart(raw: Buffer): boolean {
  const source = raw.toString('latin1');
  return /^content-type:\s*text\/plain/im.test(source) || !/^content-type:/im.test(source);
}

/**
 * Parses a raw mail (mailparser decodes the charsets: ISO-8859-1, Windows-1252, UTF-8 ...) into
 * what processing needs. Throws when the parser does (the caller flags the mail for review).
 */
export async function readMail(raw: Buffer, envelopeFrom: string | null): Promise<ReadMail> {
  // Loaded with the first mail read: an instance that reads none never holds the parsers (~6 MB of heap, issue 19).
  const [{ simpleParser }, { convert }] = await Promise.all([import('mailparser'), import('html-to-text')]);
  const parsed = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true });
  const headers = headersOf(parsed);
  const from = firstAddress(parsed.from);
  const html = typeof parsed.html === 'string' && parsed.html.trim() ? sanitiseHtml(parsed.html).trim() : null;
  // mailparser makes the text of an HTML-only mail from the HTML as sent: make it from the cleaned HTML instead.
  const ownText = hasTextPart(raw) && parsed.text?.trim() ? parsed.text : null;
  const text = (ownText ?? (html ? convert(html, { wordwrap: false }) : (parsed.text ?? ''))).replace(/\r\n/g, '\n').trim();
  const references = messageIdsIn(parsed.references ?? null).reverse();
  const contentType = headers.get('content-type') ?? 'text/plain';
  return {
    from,
    subject: (parsed.subject ?? '').trim(),
    text,
    html,
    answers: [...new Set([...messageIdsIn(parsed.inReplyTo ?? null), ...references])],
    caseNumbers: caseNumbersIn(parsed.subject),
    automatic: automaticKind(headers, contentType, envelopeFrom, from?.address ?? null),
    lang: languageOf(headers.get('content-language')),
    files: parsed.attachments
      .filter((a) => a.contentDisposition !== 'inline' || a.filename)
      .filter((a) => !/^message\/(delivery-status|rfc822-headers)/i.test(a.contentType))
      .map((a) => ({ filename: a.filename ?? null, declaredType: a.contentType, data: a.content })),
  };
}
