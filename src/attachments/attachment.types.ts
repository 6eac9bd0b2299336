import { Field, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from '../platform/graphql/node.type';
import { AttachmentSource } from './attachments.enums';
import { registerEnumType } from 'type-graphql';

registerEnumType(AttachmentSource, {
  name: 'AttachmentSource',
  description: 'Where a file on a case came from.',
  valuesConfig: {
    WEB: { description: 'Uploaded through the customer web or the console.' },
    MAIL: { description: 'A part of a mail that became or joined the case.' },
  },
});

@ObjectType('Attachment', {
  implements: NodeInterface,
  description: 'A file on a case or on one of its comments. Visible to those who may read the case; customers see only files of the case itself and of PUBLIC comments.',
})
export class AttachmentType extends NodeInterface {
  @Field({ description: 'The file name as given, cleaned of paths and control characters.' })
  filename!: string;

  @Field({ description: 'The type sniffed from the bytes (never the one the sender claimed); `application/octet-stream` when unknown.' })
  contentType!: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  size!: number;

  @Field({ description: 'When it was stored (UTC).' })
  createdAt!: Date;

  @Field(() => AttachmentSource, { description: 'Where it came from: WEB or MAIL.' })
  source!: AttachmentSource;
}
