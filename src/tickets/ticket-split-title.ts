/**
 * The title of a case split off from a comment when none is given: the comment's first non-empty
 * line, cut at a word to fit `max` (with an ellipsis); the source's title when that line is too
 * short to be a title (under 3 characters). Pure.
 */
export function splitTitle(body: string, sourceTitle: string, max: number): string {
  const line = body.split('\n').map((l) => l.trim()).find((l) => l.length > 0) ?? '';
  if (line.length < 3) return sourceTitle.slice(0, max);
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > max / 2 ? cut.slice(0, atWord) : cut).trimEnd()}…`;
}
