// Every stream, subject, bucket and table-space name Parley uses, derived from one prefix so
// that tests and tenants isolate themselves by choosing a prefix.
export interface Names {
  readonly prefix: string;
  /** Source of truth for conversations: membership and messages, one subject per conversation. */
  readonly convStream: string;
  convSubject(conversationId: string): string;
  readonly convFilter: string;
  /** Users, usernames and devices. */
  readonly usersStream: string;
  userSubject(userId: string): string;
  usernameSubject(username: string): string;
  readonly usersSubjects: string[];
  /**
   * Core NATS: the feed entries and large-group announcements of each committed batch of the
   * conversations projector, in log order, to every gateway (live-batch.ts; the feed itself is
   * in Postgres: feed-log.ts). A gateway delivers the entries of the users it holds sockets of.
   */
  readonly liveSubject: string;
  /**
   * Core NATS: the feed writer's connection dropped and came back, so live entries may have
   * been lost in flight; every gateway closes its sockets and devices resume from their cursors.
   */
  readonly feedInterruptedSubject: string;
  /** Where the feed was kept before it moved to Postgres: imported once on upgrade, then unused. */
  readonly legacyFeedStream: string;
  legacyFeedSubject(userId: string): string;
  /** Device cursors (last Ack), one key per device. */
  readonly cursorBucket: string;
  /** Core NATS subject a projector announces its checkpoint on (read-your-writes waits). */
  progressSubject(projection: string): string;
  /** Core NATS subject the conversation projector names conversations on after their membership changed. */
  readonly membershipSubject: string;
  /** Core NATS subject the users projector names revoked devices on (space-separated ids); every gateway closes their sockets. */
  readonly revokedSubject: string;
  /** Durable consumer of the CONV stream that decides push notifications. */
  readonly notifierConsumer: string;
  /** Durable consumer of `parley tap --durable <name>`, kept per name so an export resumes. */
  tapConsumer(name: string): string;
  /** Core NATS, never a stream: presence changes of one user, one subject per user. */
  presenceSubject(userId: string): string;
  readonly presenceFilter: string;
  /** Core NATS, never a stream: typing indicators of one conversation. */
  typingSubject(conversationId: string): string;
  readonly typingFilter: string;
  /** Media lifecycle (created, uploaded, verified, thumbnail ready, attached, deleted), one subject per media object. */
  readonly mediaStream: string;
  mediaSubject(mediaId: string): string;
  readonly mediaFilter: string;
  /** Durable consumer of the MEDIA stream that makes previews and thumbnails. */
  readonly mediaWorkerConsumer: string;
  /** JetStream object store bucket holding media bytes (the default store); stream OBJ_<bucket>. */
  readonly mediaBucket: string;
  readonly redisPrefix: string;
  /** Redis sorted set: `<user_id>/<session_id>` scored by its heartbeat deadline (ms). */
  readonly presenceDeadlinesKey: string;
  /** Redis hash of one user's live sessions: session_id → last heartbeat (ms). */
  presenceSessionsKey(userId: string): string;
  /** Redis hash of one user's presence record: `seen` (last seen, ms) and `ver` (version). */
  presenceUserKey(userId: string): string;
  /** Redis hash of one user's devices: device_id → last active (connect, heartbeat or graceful close, ms). */
  deviceActivityKey(userId: string): string;
}

export function namesFor(prefix: string): Names {
  const up = prefix.toUpperCase();
  return Object.freeze({
    prefix,
    convStream: `${up}_CONV`,
    convSubject: (id: string) => `${prefix}.conv.${id}`,
    convFilter: `${prefix}.conv.*`,
    usersStream: `${up}_USERS`,
    userSubject: (id: string) => `${prefix}.user.${id}`,
    usernameSubject: (username: string) => `${prefix}.uname.${username}`,
    usersSubjects: [`${prefix}.user.*`, `${prefix}.uname.*`],
    liveSubject: `${prefix}.live`,
    feedInterruptedSubject: `${prefix}.feedinterrupted`,
    legacyFeedStream: `${up}_FEED`,
    legacyFeedSubject: (userId: string) => `${prefix}.feed.${userId}`,
    cursorBucket: `${up}_cursors`,
    progressSubject: (projection: string) => `${prefix}.progress.${projection}`,
    membershipSubject: `${prefix}.membership`,
    revokedSubject: `${prefix}.revoked`,
    notifierConsumer: `${up}_notifier`,
    tapConsumer: (name: string) => `${up}_tap_${name}`,
    presenceSubject: (userId: string) => `${prefix}.presence.${userId}`,
    presenceFilter: `${prefix}.presence.*`,
    typingSubject: (conversationId: string) => `${prefix}.typing.${conversationId}`,
    typingFilter: `${prefix}.typing.*`,
    mediaStream: `${up}_MEDIA`,
    mediaSubject: (id: string) => `${prefix}.media.${id}`,
    mediaFilter: `${prefix}.media.*`,
    mediaWorkerConsumer: `${up}_media_worker`,
    mediaBucket: `${up}_media`,
    redisPrefix: `${prefix}:`,
    presenceDeadlinesKey: `${prefix}:presence:deadlines`,
    presenceSessionsKey: (userId: string) => `${prefix}:presence:sessions:${userId}`,
    presenceUserKey: (userId: string) => `${prefix}:presence:user:${userId}`,
    deviceActivityKey: (userId: string) => `${prefix}:presence:devices:${userId}`,
  });
}
