// 0009_media: the media read model (projection 'media', stream MEDIA).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('media')
    .addColumn('media_id', 'text', (c) => c.primaryKey())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('uploader_id', 'text', (c) => c.notNull())
    .addColumn('uploader_device_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('declared_type', 'text', (c) => c.notNull())
    .addColumn('declared_size', 'bigint', (c) => c.notNull())
    .addColumn('filename', 'text', (c) => c.notNull().defaultTo(sql`''`))
    .addColumn('store', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'bigint', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('height', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('variants', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('created_at_ms', 'bigint', (c) => c.notNull())
    .addColumn('upload_expires_at_ms', 'bigint', (c) => c.notNull())
    .addColumn('verified_at_ms', 'bigint')
    .addColumn('attached_at_ms', 'bigint')
    .addColumn('deleted_at_ms', 'bigint')
    .addColumn('delete_reason', 'text')
    .addColumn('last_seq', 'bigint', (c) => c.notNull())
    .execute();
  // The orphan collector's question: live media never attached, oldest first.
  await sql`create index media_unattached on media (created_at_ms) where attached_at_ms is null and status <> 'deleted'`.execute(db);
  await db.schema
    .createTable('media_attachments')
    .addColumn('media_id', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('at_ms', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('media_attachments_pk', ['media_id', 'message_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('media_attachments').execute();
  await db.schema.dropTable('media').execute();
}
