/**
 * The one escape for text and attribute values in the XML we write (TwiML, the SVG charts): the
 * five XML metacharacters escaped, and the characters XML 1.0 cannot hold at all dropped. Input
 * never goes anywhere else in a document (no comments, no CDATA). Pure.
 */
export const xmlEscape = (s: string) =>
  s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
