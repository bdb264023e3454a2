// Large groups: the copy limit fixed at creation, and the position from which the group is
// large (it passed the limit there; 0 while it has not). Once large, a group stays large, so
// its messages are in exactly one place: feed copies before that position, the conversation
// itself from there on.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('conversations')
    .addColumn('copy_limit', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('large_since_seq', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('conversations').dropColumn('copy_limit').dropColumn('large_since_seq').execute();
}
