// Where presence lives, as a contract (after centrifuge's PresenceManager). A user is online
// while at least one of its sessions (a device: the gateway uses device ids) has a heartbeat
// deadline that has not been swept. Every transition is reported to exactly one caller, so exactly one gateway
// announces it, however many race.

export interface PresenceState {
  online: boolean;
  /** Latest heartbeat or graceful close, ms since the epoch; 0 if never seen. */
  lastSeenMs: number;
  /** Grows with every transition of this user. */
  version: number;
}

export interface PresenceChange extends PresenceState {
  userId: string;
}

export interface SweepResult {
  /** Sessions removed (at most the limit; as many means more may be due). */
  removed: number;
  /** Users whose last session was among them. */
  offline: PresenceChange[];
}

export interface PresenceStore {
  /**
   * A heartbeat of one session (connecting counts as one): its deadline moves to now plus
   * the timeout. Returns the change if the user was offline until now.
   */
  heartbeat(userId: string, sessionId: string): Promise<PresenceChange | undefined>;
  /** A session closed gracefully. Returns the change if it was the user's last session. */
  end(userId: string, sessionId: string): Promise<PresenceChange | undefined>;
  /**
   * Removes up to limit sessions whose deadline has passed and returns the users for whom
   * that was the last session. Safe to run from every gateway at once.
   */
  sweep(limit: number): Promise<SweepResult>;
  /**
   * The current state of each user (offline with lastSeenMs 0 for users never seen). Online
   * means connected: at least one session connected or heartbeated within the timeout and has
   * not ended (graceful close) or been swept since.
   */
  read(userIds: readonly string[]): Promise<Map<string, PresenceState>>;
  /**
   * When each session of the user was last active: its latest connect, heartbeat or graceful
   * close (ms). Kept as long as last seen; sessions never seen are absent.
   */
  lastActive(userId: string): Promise<Map<string, number>>;
}
