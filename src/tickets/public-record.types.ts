import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../platform/graphql/user-error.type';
import { MaskedPart } from './public-record-masking';

/** GraphQL types of public-record exports (allmänna handlingar). */

registerEnumType(MaskedPart, {
  name: 'PublicRecordMaskedPart',
  description: 'What a mask of a public-record export covers.',
  valuesConfig: {
    CASE_CONTENT: { description: "A text of a confidential case (title, requester, description, resolution), on the case's ground." },
    COMMENT: { description: "A comment's body: a confidential comment on its own ground, any comment of a confidential case on the case's." },
    HISTORY: { description: "A free text of the history (a note, a title's old or new value) of a confidential case, or a confidentiality mark's text." },
    PERSONAL_IDENTITY_NUMBER: { description: 'A personal identity number (personnummer or samordningsnummer) found in a released text, under OSL 21 kap. 7 §.' },
  },
});

@InputType({ description: 'Which case to export as a public record, on which request.' })
export class ExportPublicRecordInput {
  @Field(() => ID, { description: 'The case (Ticket).' })
  ticketId!: string;

  @Field({ description: "The request to release it: the registry's number of the request, or who asked and when; 2 to 200 characters. Printed on the document and logged." })
  requestReference!: string;
}

@ObjectType('PublicRecordMask', { description: 'One entry of the masking list: what was masked, where in the document, on which ground.' })
export class PublicRecordMaskType {
  @Field(() => MaskedPart, { description: 'What the mask covers.' })
  part!: MaskedPart;

  @Field({ description: 'Where in the document: "Beskrivning", "Kommentar 2", "Händelse 5" ...' })
  where!: string;

  @Field({ description: 'The provision it rests on, as printed in the mask: "OSL 21:1" (chapter:section of offentlighets- och sekretesslagen).' })
  ground!: string;
}

@ObjectType('PublicRecordExport', { description: 'A case exported as a public record (allmän handling) on a request to release it; kept as released.' })
export class PublicRecordExportType {
  @Field(() => ID, { description: 'Global ID of the export.' })
  id!: string;

  @Field({ description: 'The case number, SSC-<year>-<sequence>.' })
  ticketNumber!: string;

  @Field({ description: 'The request it answers.' })
  requestReference!: string;

  @Field({ description: 'When it was made (UTC).' })
  exportedAt!: Date;

  @Field({ description: 'Where to download the PDF (GET with the bearer token): /files/public-records/<id>. For who may export the case; 404 for anyone else.' })
  downloadUrl!: string;

  @Field(() => [PublicRecordMaskType], { description: 'The masking list, in the order of the document; empty when nothing was masked.' })
  masks!: PublicRecordMaskType[];
}

@ObjectType('ExportPublicRecordPayload', { description: 'The result of exportPublicRecord.' })
export class ExportPublicRecordPayload {
  @Field(() => PublicRecordExportType, { nullable: true, description: 'The export; null when nothing was made.' })
  record!: PublicRecordExportType | null;

  @Field(() => [UserError], { description: 'Why nothing was made; empty on success.' })
  userErrors!: UserError[];
}
