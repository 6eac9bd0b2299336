import { useMemo, type ReactNode } from 'react';

/**
 * Text from the API that carries markup, shown without ever handing the API's string to the DOM
 * as HTML: snippets become React text and <mark> elements; article bodies (already rendered safely
 * by the server from Markdown) are parsed, rebuilt from an allow-list of tags and attributes, and
 * only then inserted.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the HTML escapes of a text run (named ones the server writes, and numeric ones). */
export function unescapeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : all;
    }
    return ENTITIES[code.toLowerCase()] ?? all;
  });
}

/** A passage of Markdown source read as prose: emphasis, code and heading marks dropped. */
const plain = (text: string) => text.replace(/\*\*|__|`/g, '').replace(/(^|\s)[*_](?=\S)|(?<=\S)[*_](?=\s|[.,:;!?]|$)/g, '$1').replace(/(^|\n)#{1,6}\s/g, '$1');

/** A search snippet: HTML-escaped text (Markdown source) with the matches in <mark>; any other tag stays text. */
export function Snippet({ html }: { html: string }) {
  const parts: ReactNode[] = [];
  let marked = false;
  html.split(/(<mark>|<\/mark>)/).forEach((part, i) => {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) parts.push(marked ? <mark key={i}>{plain(unescapeHtml(part))}</mark> : plain(unescapeHtml(part)));
  });
  return <>{parts}</>;
}

const TAGS = new Set(['p', 'br', 'strong', 'em', 'b', 'i', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'img', 'hr', 'del', 's',
  'table', 'thead', 'tbody', 'tr', 'th', 'td', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const SAFE_URL = /^(https?:|mailto:|\/|#|\.{0,2}\/?[^:]*$)/i;
const SAFE_IMAGE = /^(https?:|\/|data:image\/(png|gif|jpe?g|webp);)/i;

/** Rebuilds `source` from allowed elements only; headings move two levels down, below the page's h1 and h2. */
export function sanitizeHtml(source: string): string {
  const parsed = new DOMParser().parseFromString(`<body>${source}</body>`, 'text/html');
  const out = document.createElement('div');
  const copy = (from: Node, to: Node) => {
    for (const child of Array.from(from.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) {
        to.appendChild(document.createTextNode(child.textContent ?? ''));
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const el = child as Element;
      const tag = el.tagName.toLowerCase();
      if (!TAGS.has(tag)) {
        if (tag !== 'script' && tag !== 'style') copy(el, to);
        continue;
      }
      const level = /^h([1-6])$/.exec(tag);
      const made = document.createElement(level ? `h${Math.min(Number(level[1]) + 2, 6)}` : tag);
      if (tag === 'a') {
        const href = el.getAttribute('href') ?? '';
        if (SAFE_URL.test(href.trim())) made.setAttribute('href', href);
        made.setAttribute('rel', 'noopener noreferrer');
      }
      if (tag === 'img') {
        const src = el.getAttribute('src') ?? '';
        if (!SAFE_IMAGE.test(src.trim())) continue;
        made.setAttribute('src', src);
        made.setAttribute('alt', el.getAttribute('alt') ?? '');
      }
      if (tag === 'ol' && el.getAttribute('start')) made.setAttribute('start', String(Number(el.getAttribute('start')) || 1));
      copy(el, made);
      to.appendChild(made);
    }
  };
  copy(parsed.body, out);
  return out.innerHTML;
}

/** The article body: the server's safe HTML, sanitised once more here. */
export function ArticleBody({ html }: { html: string }) {
  const clean = useMemo(() => sanitizeHtml(html), [html]);
  return <div className="kb-body" dangerouslySetInnerHTML={{ __html: clean }} />;
}

export interface UserError {
  code: string;
  message: string;
  field?: string[] | null;
}

/** The API's user errors by the input field they name (`['input','title']` → title); the rest apart. */
export function errorsByField(errors: UserError[], fieldsShown: readonly string[]): { fields: Record<string, string>; general: UserError[] } {
  const fields: Record<string, string> = {};
  const general: UserError[] = [];
  for (const e of errors) {
    const path = e.field ?? [];
    const name = path[0] === 'input' ? path[1] : undefined;
    if (name && fieldsShown.includes(name) && !fields[name]) fields[name] = e.message;
    else general.push(e);
  }
  return { fields, general };
}
