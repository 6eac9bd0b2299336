import { Migration } from '@mikro-orm/migrations';

/**
 * `service_order.first_ordered_at`: when an order first stood (the unit manager's confirmation or
 * the signed quote, whichever came first), kept through change orders. `reportWorkTime` took its
 * earliest day from `confirmed_at` or `accepted_at`, which a re-confirmation moves. Existing orders
 * get the earlier of the two they hold (the first one, unless a change order re-ordered them).
 * Hand-written.
 */
export class Migration20261130081000_OrderFirstOrderedAt extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "service_order" add column "first_ordered_at" timestamptz(3) null;`);
    this.addSql(`update "service_order" set "first_ordered_at" = least("accepted_at", "confirmed_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "service_order" drop column "first_ordered_at";`);
  }

}
