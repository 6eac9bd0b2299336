/** html-to-text (brought by mailparser) ships no types: the one function the inbound mail uses. */
declare module 'html-to-text' {
  export function convert(html: string, options?: Record<string, unknown>): string;
}
