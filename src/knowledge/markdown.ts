import MarkdownIt from 'markdown-it';

/**
 * Markdown to safe HTML: raw HTML in the source is escaped, not passed through, and markdown-it
 * refuses javascript:, vbscript:, file: and data: (except images) links. Pure.
 */
const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
md.validateLink = ((validate) => (url: string) => validate(url) && !/^\s*(javascript|vbscript|file):/i.test(url))(md.validateLink.bind(md));

export const renderMarkdown = (source: string): string => md.render(source);
