// All Postgres migrations, in order. Each projection owns its tables' migration.
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as users from './users/migration.js';
import * as conversations from './conversations/migration.js';
import * as groups from './conversations/migration-groups.js';
import * as receipts from './conversations/migration-receipts.js';
import * as largeGroups from './conversations/migration-large-groups.js';
import * as usersHideLastSeen from './users/migration-hide-last-seen.js';
import * as devicesPush from './users/migration-devices-push.js';
import * as feedCopy from './conversations/migration-feed-copy.js';
import * as feedCopyScreen from './conversations/migration-feed-copy-screen.js';
import * as feedLog from './conversations/migration-feed-log.js';
import * as media from './media/migration.js';
import * as messageLifecycle from './conversations/migration-message-lifecycle.js';
import * as searchPendingList from './conversations/migration-search-pending-list.js';

const checkpoints: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('projection_checkpoints')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('seq', 'bigint', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('projection_checkpoints').execute();
  },
};

const all: Record<string, Migration> = {
  '0001_checkpoints': checkpoints,
  '0002_users': users,
  '0003_conversations': conversations,
  '0004_groups': groups,
  '0005_receipts': receipts,
  '0006_large_groups': largeGroups,
  '0007_users_hide_last_seen': usersHideLastSeen,
  '0008_devices_push_and_mutes': devicesPush,
  '0009_media': media,
  '0010_message_lifecycle': messageLifecycle,
  '0012_feed_copy': feedCopy,
  '0013_feed_copy_screen': feedCopyScreen,
  '0014_feed_log': feedLog,
  '0015_search_pending_list': searchPendingList,
};

const provider: MigrationProvider = { getMigrations: async () => all };

export async function migrateToLatest(db: Kysely<any>, schema: string): Promise<void> {
  // Unordered: branches developed side by side add migrations whose names may sort before
  // one a database already ran; each migration stands alone, so the missing ones just run.
  const migrator = new Migrator({ db, provider, migrationTableSchema: schema, allowUnorderedMigrations: true });
  for (let attempt = 1; ; attempt++) {
    const { error, results } = await migrator.migrateToLatest();
    if (!error) return;
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    // Kysely first looks for its tables by listing every table of the database; a schema
    // dropped meanwhile by someone else (tenants, tests sharing the server) fails that query.
    // No migration ran then: try again.
    if (failed === undefined && attempt < 5 && /does not exist/.test(String((error as Error).message))) {
      await new Promise((r) => setTimeout(r, 50 * attempt));
      continue;
    }
    throw new Error(`migration ${failed ?? 'setup'} failed`, { cause: error });
  }
}
