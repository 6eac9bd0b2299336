import { diffLines, diffWords } from 'diff';

/** What changed between two revisions of an article, field by field. Pure. */

export type DiffOp = 'SAME' | 'ADDED' | 'REMOVED';

export interface DiffPart {
  op: DiffOp;
  text: string;
}

export interface FieldDiff {
  field: 'title' | 'summary' | 'tags' | 'body';
  parts: DiffPart[];
}

export interface RevisionText {
  title: string;
  summary?: string | null;
  tags: string[];
  body: string;
}

const parts = (changes: { added?: boolean; removed?: boolean; value: string }[]): DiffPart[] =>
  changes.map((c) => ({ op: c.added ? 'ADDED' : c.removed ? 'REMOVED' : 'SAME', text: c.value }));

/** Only changed fields are listed; the title, summary and tags by word, the body by line. */
export function diffRevisions(from: RevisionText, to: RevisionText): FieldDiff[] {
  const out: FieldDiff[] = [];
  const words = (field: FieldDiff['field'], a: string, b: string) => {
    if (a !== b) out.push({ field, parts: parts(diffWords(a, b)) });
  };
  words('title', from.title, to.title);
  words('summary', from.summary ?? '', to.summary ?? '');
  words('tags', from.tags.join(', '), to.tags.join(', '));
  if (from.body !== to.body) out.push({ field: 'body', parts: parts(diffLines(from.body, to.body)) });
  return out;
}
