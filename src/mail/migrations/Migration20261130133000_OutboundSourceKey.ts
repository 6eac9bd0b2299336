import { Migration } from '@mikro-orm/migrations';

/** Outgoing mail remembers what caused it (a ticket's history event), so each cause mails once. */
export class Migration20261130133000_OutboundSourceKey extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "mail_outbound" add column "source_key" varchar(200) null;`);
    this.addSql(`alter table "mail_outbound" add constraint "mail_outbound_source_key_unique" unique ("source_key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "mail_outbound" drop constraint "mail_outbound_source_key_unique";`);
    this.addSql(`alter table "mail_outbound" drop column "source_key";`);
  }
}
