import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../platform/context';
import { toGlobalId } from '../platform/global-id';
import type { PublicRecordExport } from './public-record-export.entity';
import * as publicRecords from './public-record.service';
import { ExportPublicRecordInput, ExportPublicRecordPayload } from './public-record.types';

/** The export as the API shows it. */
const viewOf = (row: PublicRecordExport) => {
  const id = toGlobalId('PublicRecordExport', row.id);
  return { id, ticketNumber: row.ticket.number, requestReference: row.requestReference, exportedAt: row.exportedAt, downloadUrl: `/files/public-records/${id}`, masks: row.masks };
};

@Resolver()
export class PublicRecordResolver {
  @Mutation(() => ExportPublicRecordPayload, {
    description:
      "Exports a case as a public record (allmän handling) on a request to release it: a PDF of the case's facts, texts, comments (internal notes included) and history, with every confidential part and every personal identity number replaced by a visible \"[Maskerat enligt OSL <ground>]\" and listed at the end. The export is kept, logged in the audit log (PUBLIC_RECORD_EXPORTED) and in the case's history (internal). For the centre's staff who read the case and admins; customers and vendors' contacts FORBIDDEN. " +
      'userErrors: NOT_FOUND (no such case, or one you do not read), BAD_USER_INPUT (requestReference length).',
  })
  async exportPublicRecord(@Ctx() ctx: Context, @Arg('input', { description: 'The case and the request.' }) input: ExportPublicRecordInput) {
    const { result, userErrors } = await publicRecords.exportPublicRecord(ctx, input);
    return { record: result ? viewOf(result) : null, userErrors };
  }
}
