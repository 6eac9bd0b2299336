import type { Context } from '../platform/context';
import { Role } from '../directory/directory.enums';
import { toE164 } from '../directory/phone-number';
import { requireViewer } from '../platform/auth/viewer';
import { recordAudit } from '../platform/audit/audit-log';
import { forbidden } from '../platform/errors';
import { expectId } from '../platform/global-id';
import { runMutation } from '../platform/graphql/mutation';
import { reasonOf } from './legal-hold.service';
import { ANONYMISED_PERSON_NAME } from './retention-rules';
import { retentionError, RetentionErrorCode } from './retention.errors';
import {
  anonymiseCases,
  anonymisePersonRecords,
  casesKeptOf,
  findPerson,
  insertRetentionRun,
  lastRetentionRuns,
  lockClosedCasesOf,
  lockDueCases,
  personalDataOf,
} from './retention.sql';

/**
 * Retention's use cases (issue 20 part 11): the run that anonymises the closed cases past their
 * agency's retention period (the daily job, or an admin's "run now"), a person's data exported
 * (right of access, GDPR art. 15) and anonymised on request (art. 17). Admins only; each writes
 * the audit log with ids and counts, never the personal data itself.
 */

/** Cases per transaction: short locks, and a failure loses one batch, which the next run redoes. */
export const RETENTION_BATCH = 200;

/** Why a case was anonymised, in its ANONYMISED history entry's note. */
export const ANONYMISED_BECAUSE = { RETENTION_PERIOD: 'RETENTION_PERIOD', ERASURE_REQUEST: 'ERASURE_REQUEST' } as const;

function requireAdmin(ctx: Context) {
  const viewer = requireViewer(ctx);
  if (viewer.role !== Role.ADMIN) throw forbidden('retention and personal data are for admins');
  return viewer;
}

/**
 * One run: batches of due cases, each locked with SKIP LOCKED and anonymised in its own
 * transaction, until none is left; then the run is recorded (and, when an admin asked, audited).
 * Two instances running at once share the cases between them; a case is never done twice.
 */
export async function runRetention(ctx: Context): Promise<{ id: number; startedAt: Date; finishedAt: Date; casesAnonymised: number }> {
  const startedAt = ctx.clock.now();
  const actor = ctx.viewer?.userId ?? null;
  let total = 0;
  for (;;) {
    const done = await ctx.em.transactional(async (em) => anonymiseCases(em, await lockDueCases(em, startedAt, RETENTION_BATCH), startedAt, actor, ANONYMISED_BECAUSE.RETENTION_PERIOD));
    total += done.length;
    if (done.length < RETENTION_BATCH) break;
  }
  const finishedAt = ctx.clock.now();
  const id = await ctx.em.transactional((em) => insertRetentionRun(em, { startedAt, finishedAt, cases: total, by: actor }));
  return { id, startedAt, finishedAt, casesAnonymised: total };
}

/** An admin's "run now": the same run, audited. */
export function runRetentionNow(ctx: Context) {
  requireAdmin(ctx);
  return runMutation(ctx, async (tx) => {
    const run = await runRetention(tx);
    await recordAudit(tx, { action: 'RETENTION_RUN', subject: { type: 'RetentionRun', of: { id: run.id } }, before: null, after: { casesAnonymised: String(run.casesAnonymised) } });
    return run;
  });
}

export async function retentionRuns(ctx: Context, first: number | null | undefined) {
  requireAdmin(ctx);
  const rows = await lastRetentionRuns(ctx.em, Math.min(Math.max(first ?? 10, 1), 100));
  // Raw rows carry timestamps as text: the DateTimeISO scalar serialises only Dates.
  return rows.map((r) => ({ id: r.id, startedAt: new Date(r.started_at), finishedAt: new Date(r.finished_at), casesAnonymised: r.cases_anonymised, triggeredById: r.triggered_by_id }));
}

export interface PersonKey {
  personId?: string | null;
  email?: string | null;
}

async function personOf(ctx: Context, key: PersonKey) {
  if (!key.personId === !key.email) throw retentionError(RetentionErrorCode.ONE_PERSON_KEY_REQUIRED);
  const person = key.personId
    ? await findPerson(ctx.em, { id: expectId(key.personId, 'User', 'input', 'personId') })
    : await findPerson(ctx.em, { email: key.email!.trim() });
  if (!person) throw retentionError(RetentionErrorCode.PERSON_NOT_FOUND, { field: key.personId ? 'personId' : 'email' });
  return person;
}

/** The forms a person's number may have in the call records: as entered, and in E.164 (how calls store it). */
const phonesOf = (phone: string | null) => (phone ? [...new Set([phone, toE164(phone)].filter((p): p is string => !!p))] : []);

/**
 * Right of access: one JSON document of everything held about the person (their user record, the
 * cases they requested, their comments, the mails they sent, their calls, their ratings), and
 * nothing of anyone else. Audited (who asked, whose data), as a read of personal data.
 */
export function exportPersonalData(ctx: Context, key: PersonKey) {
  requireAdmin(ctx);
  return runMutation(ctx, async (tx) => {
    const person = await personOf(tx, key);
    const data = await personalDataOf(tx.em, person.id, person.email, phonesOf(person.phone));
    await recordAudit(tx, { action: 'PERSONAL_DATA_EXPORTED', subject: { type: 'User', of: { id: person.id } }, before: null, after: { exported: 'true' } });
    const { id: _id, ...user } = person;
    return { personId: person.id, document: JSON.stringify({ exportedAt: tx.clock.now(), user, ...data }) };
  });
}

/**
 * Erasure on request: the closed cases they requested (not on legal hold) are anonymised whole, as
 * the job would; their comments, mails and calls on other cases not on hold are blanked; their user
 * record is anonymised and deactivated. Open and held cases they requested keep their text (counted
 * in `casesKept`): the work or the hold needs it; a later run or request takes them.
 */
export function anonymisePerson(ctx: Context, input: { personId: string; reason: string }) {
  requireAdmin(ctx);
  return runMutation(ctx, async (tx) => {
    const person = await personOf(tx, { personId: input.personId });
    const reason = reasonOf(input.reason);
    if (!person.active && person.name === ANONYMISED_PERSON_NAME) throw retentionError(RetentionErrorCode.ALREADY_ANONYMISED);
    const cases = await anonymiseCases(tx.em, await lockClosedCasesOf(tx.em, person.id), tx.clock.now(), tx.viewer?.userId ?? null, ANONYMISED_BECAUSE.ERASURE_REQUEST);
    const counts = await anonymisePersonRecords(tx.em, person.id, person.email, phonesOf(person.phone));
    const casesKept = await casesKeptOf(tx.em, person.id);
    // The reason is the request's reference (a registration number), kept as the legal ground of the erasure.
    await recordAudit(tx, {
      action: 'PERSON_ANONYMISED',
      subject: { type: 'User', of: { id: person.id } },
      before: { anonymised: 'false' },
      after: { anonymised: 'true', reason, cases: String(cases.length), comments: String(counts.comments), mails: String(counts.mails), calls: String(counts.calls) },
    });
    return { personId: person.id, casesAnonymised: cases.length, casesKept, ...counts };
  });
}
