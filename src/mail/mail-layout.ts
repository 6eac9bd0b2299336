/** The parts of one mail: every mail goes out as plain text and HTML alike. */
export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

export type MailLanguage = 'sv' | 'en';

/** A block of a mail's body: a paragraph, or a quoted text (a comment, a question) kept as written. */
export type MailBlock = { paragraph: string } | { quote: string } | { facts: readonly [label: string, value: string][] };

export interface MailLayout {
  subject: string;
  greeting?: string;
  blocks: readonly MailBlock[];
  /** The closing lines (signature, "do not change the subject" hints). */
  footer?: readonly string[];
  lang: MailLanguage;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const htmlLines = (s: string) => escapeHtml(s).replace(/\r?\n/g, '<br>');

/**
 * Renders a mail from its blocks, as plain text and as simple HTML (every value escaped): the one
 * layout every template uses, so mails look alike and no template writes HTML by hand.
 */
export function renderMail(layout: MailLayout): MailContent {
  const text: string[] = [];
  const html: string[] = [];
  if (layout.greeting) {
    text.push(layout.greeting, '');
    html.push(`<p>${htmlLines(layout.greeting)}</p>`);
  }
  for (const block of layout.blocks) {
    if ('paragraph' in block) {
      text.push(block.paragraph, '');
      html.push(`<p>${htmlLines(block.paragraph)}</p>`);
    } else if ('quote' in block) {
      text.push(...block.quote.split(/\r?\n/).map((l) => `> ${l}`), '');
      html.push(`<blockquote style="margin:0 0 1em;padding-left:1em;border-left:3px solid #c8c8c8">${htmlLines(block.quote)}</blockquote>`);
    } else {
      text.push(...block.facts.map(([label, value]) => `${label}: ${value}`), '');
      html.push(`<table role="presentation">${block.facts.map(([l, v]) => `<tr><th align="left" style="padding-right:1em">${escapeHtml(l)}</th><td>${htmlLines(v)}</td></tr>`).join('')}</table>`);
    }
  }
  if (layout.footer?.length) {
    text.push('-- ', ...layout.footer);
    html.push(`<p style="color:#555;font-size:90%">${layout.footer.map(htmlLines).join('<br>')}</p>`);
  }
  return {
    subject: layout.subject,
    text: text.join('\n').trimEnd() + '\n',
    html: `<!doctype html><html lang="${layout.lang}"><head><meta charset="utf-8"><title>${escapeHtml(layout.subject)}</title></head><body style="font-family:sans-serif">${html.join('\n')}</body></html>`,
  };
}
