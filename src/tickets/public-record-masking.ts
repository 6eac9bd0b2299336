import { DateTime } from 'luxon';
import { CENTRE_ZONE } from '../platform/time-zone';
import { ConfidentialityCode } from './confidentiality.enums';
import { CommentVisibility } from './ticket.enums';
import { eventLabel } from './public-record-labels';

/**
 * What of a case may be released as a public record (allmän handling) and what is masked. Pure:
 * the service loads the case, this decides, the PDF draws the result.
 *
 * The rules a registrar (registrator) applies on a request to release a case:
 * - A confidential case (sekretess): its content (title, description, resolution, requester, every
 *   comment and every free text of its history) is masked on the case's ground.
 * - A confidential comment: its body is masked on the comment's ground, whoever exports. The mark's
 *   reason text is never printed (it tends to say what the secret is); only its provision is.
 * - Internal notes and internal history are released: they are allmänna handlingar like the rest
 *   (OSL does not protect a note for being internal), and only what a confidentiality mark covers is
 *   withheld. An internal note that needs masking is marked confidential before the export.
 * - Personal identity numbers (personnummer, samordningsnummer) found in any released free text are
 *   masked under OSL 21 kap. 7 § (personal data whose release would breach the data protection
 *   rules). E-mail addresses and phone numbers are NOT masked by pattern: in this desk they are the
 *   agencies' officials' work contacts, which are public, and a pattern cannot tell a private
 *   person's from an official's; the registrar marks such a comment confidential instead.
 * Every mask is a visible "[Maskerat enligt OSL <ground>]" and one entry of the masking list.
 */

/** What a mask covers. */
export enum MaskedPart {
  CASE_CONTENT = 'CASE_CONTENT',
  COMMENT = 'COMMENT',
  HISTORY = 'HISTORY',
  PERSONAL_IDENTITY_NUMBER = 'PERSONAL_IDENTITY_NUMBER',
}

/** One entry of the masking list: what was masked, where in the document, on which ground. */
export interface Mask {
  part: MaskedPart;
  where: string;
  ground: string;
}

export interface RecordComment {
  at: Date;
  author: string;
  visibility: CommentVisibility;
  body: string;
  confidentialCode: ConfidentialityCode | null;
}

export interface RecordEvent {
  at: Date;
  actor: string | null;
  kind: string;
  field: string | null;
  from: string | null;
  to: string | null;
  note: string | null;
  /** The ground of the comment a MARKED_CONFIDENTIAL event of a comment names (its note is that mark's text). */
  markCode?: ConfidentialityCode | null;
}

export interface RecordCase {
  number: string;
  title: string;
  description: string;
  resolution: string | null;
  requester: string;
  confidentialCode: ConfidentialityCode | null;
  comments: RecordComment[];
  events: RecordEvent[];
}

export interface ReleasedComment {
  label: string;
  meta: string;
  body: string;
}

export interface ReleasedEvent {
  at: string;
  actor: string;
  what: string;
  detail: string;
}

/** The case as released: every text as it may be printed, and the masking list. */
export interface ReleasedRecord {
  title: string;
  description: string;
  resolution: string | null;
  requester: string;
  comments: ReleasedComment[];
  history: ReleasedEvent[];
  masks: Mask[];
}

/** "OSL 21:1" for a ground's code; OTHER names no provision of the list (its text may not be printed). */
export function groundOf(code: ConfidentialityCode): string {
  if (code === ConfidentialityCode.OTHER) return 'OSL (annan bestämmelse)';
  const [, chapter, section] = code.split('_');
  return `OSL ${chapter}:${section}`;
}

/** The ground of a personal identity number found in free text. */
export const PERSONAL_NUMBER_GROUND = 'OSL 21:7';

export const maskText = (ground: string) => `[Maskerat enligt ${ground}]`;

/** A local moment as the document prints it: Swedish time, minutes. */
export const localTime = (at: Date) => DateTime.fromJSDate(at).setZone(CENTRE_ZONE).toFormat('yyyy-MM-dd HH:mm');

function luhnValid(tenDigits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let d = Number(tenDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

/** YYMMDD with a real month and a day of 1-31, or 61-91 for a samordningsnummer. */
function dateValid(yymmdd: string): boolean {
  const month = Number(yymmdd.slice(2, 4));
  const day = Number(yymmdd.slice(4, 6));
  return month >= 1 && month <= 12 && ((day >= 1 && day <= 31) || (day >= 61 && day <= 91));
}

/** 19/20YYMMDD-NNNN, YYMMDD-NNNN, YYMMDD+NNNN or the digits alone; not inside a longer number or a case number. */
const PERSONAL_NUMBER = /(?<![\d-])((?:19|20)?)(\d{6})([-+ ]?)(\d{4})(?![\d-])/g;

/** Masks the personal identity numbers in `text` (a valid date and check digit: a phone number rarely passes both). */
export function maskPersonalNumbers(text: string, where: string, masks: Mask[]): string {
  return text.replace(PERSONAL_NUMBER, (found, _century: string, date: string, _sep: string, tail: string) => {
    if (!dateValid(date) || !luhnValid(date + tail)) return found;
    masks.push({ part: MaskedPart.PERSONAL_IDENTITY_NUMBER, where, ground: PERSONAL_NUMBER_GROUND });
    return maskText(PERSONAL_NUMBER_GROUND);
  });
}

const VISIBILITY_LABEL: Record<CommentVisibility, string> = { PUBLIC: 'svar till kund', INTERNAL: 'intern anteckning' };

/**
 * The released version of a case. `caseGround` (the case's own mark) masks every text of the case;
 * a comment's mark masks that comment; the rest is scanned for personal identity numbers.
 */
export function releasedRecord(record: RecordCase): ReleasedRecord {
  const masks: Mask[] = [];
  const caseGround = record.confidentialCode ? groundOf(record.confidentialCode) : null;
  /** A text of the case at `where`: masked whole on the case's ground, else with its personal numbers masked. */
  const text = (value: string, where: string, part = MaskedPart.CASE_CONTENT): string => {
    if (caseGround) {
      masks.push({ part, where, ground: caseGround });
      return maskText(caseGround);
    }
    return maskPersonalNumbers(value, where, masks);
  };
  const title = text(record.title, 'Rubrik');
  const requester = caseGround ? text(record.requester, 'Anmälare') : record.requester;
  const description = text(record.description, 'Beskrivning');
  const resolution = record.resolution === null ? null : text(record.resolution, 'Lösning');

  const comments = record.comments.map((c, i) => {
    const label = `Kommentar ${i + 1}`;
    const meta = `${localTime(c.at)} · ${c.author} · ${VISIBILITY_LABEL[c.visibility]}`;
    const ground = c.confidentialCode ? groundOf(c.confidentialCode) : caseGround;
    if (ground) {
      masks.push({ part: MaskedPart.COMMENT, where: label, ground });
      return { label, meta, body: maskText(ground) };
    }
    return { label, meta, body: maskPersonalNumbers(c.body, label, masks) };
  });

  const history = record.events.map((e, i) => {
    const where = `Händelse ${i + 1}`;
    const free = (value: string | null): string | null => {
      if (value === null || value === '') return value;
      // A comment's mark's text says what the comment's secret is: masked on that comment's ground.
      if (e.markCode) {
        masks.push({ part: MaskedPart.HISTORY, where, ground: groundOf(e.markCode) });
        return maskText(groundOf(e.markCode));
      }
      return text(value, where, MaskedPart.HISTORY);
    };
    // Only free texts are masked: the title's old and new values and the note. Codes, statuses and names of groups stay.
    const textField = e.field === 'title' || e.field === 'description';
    const from = textField ? free(e.from) : e.from;
    const to = textField ? free(e.to) : e.to;
    const note = free(e.note);
    // "till", not an arrow: the PDF's standard Helvetica has no glyph for "→" (it printed "↑").
    const values = from && to ? `${from} till ${to}` : (to ?? from ?? '');
    const change = values && e.field ? `${e.field}: ${values}` : values;
    return { at: localTime(e.at), actor: e.actor ?? 'systemet', what: eventLabel(e.kind), detail: [change, note].filter(Boolean).join(' · ') };
  });

  return { title, description, resolution, requester, comments, history, masks };
}
