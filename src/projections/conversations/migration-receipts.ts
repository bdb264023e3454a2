// Receipts: a delivery watermark per member next to the read one, and every forward move of
// either, so "when did each member receive and read this message" has an exact answer.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('conversation_members').addColumn('delivered_seq', 'bigint', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema
    .createTable('receipt_marks')
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'smallint', (c) => c.notNull())
    .addColumn('up_to_seq', 'bigint', (c) => c.notNull())
    .addColumn('at_ms', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('receipt_marks_pk', ['conversation_id', 'user_id', 'kind', 'up_to_seq'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('receipt_marks').execute();
  await db.schema.alterTable('conversation_members').dropColumn('delivered_seq').execute();
}
