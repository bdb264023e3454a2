// PresenceStore on Redis. Keys (names.ts): a sorted set of session deadlines shared by every
// gateway, per user a hash of live sessions (session → last heartbeat) that expires at twice
// the timeout, per user a record {seen, ver, on} that expires after LAST_SEEN_TTL_S, and per
// user a hash of each session's last activity (session → ms) that expires after LAST_SEEN_TTL_S.
// Every transition runs in one Lua script, so it is atomic: of all gateways sweeping at the
// same moment exactly one removes a given session, and only the removal of a user's last
// session reports the user offline. Times come from Redis's clock (TIME), so gateways with
// skewed clocks still agree on deadlines.
//
// One Redis only: the sweep builds user keys from the members it finds, which Redis Cluster
// would refuse (a cluster would shard the deadline set and tag each shard's keys).
import type { Names } from '../shared/names.js';
import { LuaScript, type Redis } from '../shared/redis.js';
import type { PresenceChange, PresenceState, PresenceStore, SweepResult } from './presence-store.js';

const NOW = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
`;

// The user's record goes offline: a new version, and on = 0 so that a leftover session of a
// user already reported offline never reports it again. Returns the version, or nil if the
// user was already offline.
const GO_OFFLINE = `
local function go_offline(ukey, seen, now, ttl)
  if redis.call('HGET', ukey, 'on') == '0' then return nil end
  local ver = math.max(tonumber(redis.call('HGET', ukey, 'ver') or '0') + 1, now)
  redis.call('HSET', ukey, 'seen', seen, 'ver', ver, 'on', 0)
  redis.call('PEXPIRE', ukey, ttl)
  return ver
end
`;

// The session's device was active now (its last active in the device list): one more field
// in the same script, so keeping it costs no round trip.
const TOUCH_DEVICE = `
local function touch_device(dkey, session, now, ttl)
  redis.call('HSET', dkey, session, now)
  redis.call('PEXPIRE', dkey, ttl)
end
`;

// KEYS: deadlines, sessions, user, devices. ARGV: member, session, timeout ms, record ttl ms.
// Returns {1 if the user came online, seen, version}.
const HEARTBEAT = new LuaScript(`${NOW}${TOUCH_DEVICE}
local timeout = tonumber(ARGV[3])
touch_device(KEYS[4], ARGV[2], now, ARGV[4])
local was_online = redis.call('EXISTS', KEYS[2]) == 1
redis.call('HSET', KEYS[2], ARGV[2], now)
redis.call('PEXPIRE', KEYS[2], 2 * timeout)
redis.call('ZADD', KEYS[1], now + timeout, ARGV[1])
local ver = tonumber(redis.call('HGET', KEYS[3], 'ver') or '0')
if not was_online then
  ver = math.max(ver + 1, now)
  redis.call('HSET', KEYS[3], 'ver', ver, 'on', 1)
end
redis.call('HSET', KEYS[3], 'seen', now)
redis.call('PEXPIRE', KEYS[3], ARGV[4])
return {was_online and 0 or 1, now, ver}
`);

// KEYS: deadlines, sessions, user, devices. ARGV: member, session, record ttl ms.
// Returns {1 if the user went offline, seen, version}. Closing is activity: it moves seen.
const END = new LuaScript(`${NOW}${GO_OFFLINE}${TOUCH_DEVICE}
redis.call('ZREM', KEYS[1], ARGV[1])
if redis.call('HDEL', KEYS[2], ARGV[2]) == 0 then return {0, 0, 0} end
touch_device(KEYS[4], ARGV[2], now, ARGV[3])
if redis.call('EXISTS', KEYS[2]) == 1 then
  redis.call('HSET', KEYS[3], 'seen', now)
  redis.call('PEXPIRE', KEYS[3], ARGV[3])
  return {0, 0, 0}
end
local ver = go_offline(KEYS[3], now, now, ARGV[3])
if not ver then return {0, 0, 0} end
return {1, now, ver}
`);

// KEYS: deadlines. ARGV: sessions key prefix, user key prefix, limit, timeout ms, record ttl ms.
// Returns the number of sessions removed, then user, seen, version of each user that went offline.
const SWEEP = new LuaScript(`${NOW}${GO_OFFLINE}
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now, 'WITHSCORES', 'LIMIT', 0, tonumber(ARGV[3]))
local out = {#due / 2}
for i = 1, #due, 2 do
  local member = due[i]
  redis.call('ZREM', KEYS[1], member)
  local sep = string.find(member, '/', 1, true)
  local user = string.sub(member, 1, sep - 1)
  local skey = ARGV[1] .. user
  redis.call('HDEL', skey, string.sub(member, sep + 1))
  if redis.call('EXISTS', skey) == 0 then
    local ukey = ARGV[2] .. user
    -- seen is the user's latest heartbeat; if the record expired, the deadline tells it.
    local seen = tonumber(redis.call('HGET', ukey, 'seen') or '0')
    if seen == 0 then seen = tonumber(due[i + 1]) - tonumber(ARGV[4]) end
    local ver = go_offline(ukey, seen, now, ARGV[5])
    if ver then
      out[#out + 1] = user
      out[#out + 1] = seen
      out[#out + 1] = ver
    end
  end
end
return out
`);

export interface RedisPresenceOptions {
  /** A session without a heartbeat for this long is swept. */
  timeoutMs: number;
  /** How long a user's last seen is kept after its last activity. */
  lastSeenTtlMs: number;
}

export class RedisPresenceStore implements PresenceStore {
  constructor(
    private readonly redis: Redis,
    private readonly names: Names,
    private readonly opts: RedisPresenceOptions,
  ) {}

  private keys(userId: string): string[] {
    const n = this.names;
    return [n.presenceDeadlinesKey, n.presenceSessionsKey(userId), n.presenceUserKey(userId), n.deviceActivityKey(userId)];
  }

  async heartbeat(userId: string, sessionId: string): Promise<PresenceChange | undefined> {
    const args = [`${userId}/${sessionId}`, sessionId, this.opts.timeoutMs, this.opts.lastSeenTtlMs];
    const [came, seen, ver] = (await HEARTBEAT.run(this.redis, this.keys(userId), args)) as number[];
    return came === 1 ? { userId, online: true, lastSeenMs: seen!, version: ver! } : undefined;
  }

  async end(userId: string, sessionId: string): Promise<PresenceChange | undefined> {
    const args = [`${userId}/${sessionId}`, sessionId, this.opts.lastSeenTtlMs];
    const [went, seen, ver] = (await END.run(this.redis, this.keys(userId), args)) as number[];
    return went === 1 ? { userId, online: false, lastSeenMs: seen!, version: ver! } : undefined;
  }

  async sweep(limit: number): Promise<SweepResult> {
    const n = this.names;
    const args = [n.presenceSessionsKey(''), n.presenceUserKey(''), limit, this.opts.timeoutMs, this.opts.lastSeenTtlMs];
    const flat = (await SWEEP.run(this.redis, [n.presenceDeadlinesKey], args)) as Array<string | number>;
    const offline: PresenceChange[] = [];
    for (let i = 1; i + 2 < flat.length; i += 3) {
      offline.push({ userId: String(flat[i]), online: false, lastSeenMs: Number(flat[i + 1]), version: Number(flat[i + 2]) });
    }
    return { removed: Number(flat[0]), offline };
  }

  async lastActive(userId: string): Promise<Map<string, number>> {
    const all = await this.redis.hgetall(this.names.deviceActivityKey(userId));
    return new Map(Object.entries(all).map(([session, ms]) => [session, Number(ms)]));
  }

  async read(userIds: readonly string[]): Promise<Map<string, PresenceState>> {
    const out = new Map<string, PresenceState>();
    if (userIds.length === 0) return out;
    // One MULTI, so each user's two keys are read at the same instant.
    const tx = this.redis.multi();
    for (const id of userIds) tx.exists(this.names.presenceSessionsKey(id)).hmget(this.names.presenceUserKey(id), 'seen', 'ver');
    const replies = (await tx.exec()) ?? [];
    userIds.forEach((id, i) => {
      const [e1, exists] = replies[2 * i] ?? [];
      const [e2, record] = replies[2 * i + 1] ?? [];
      if (e1 || e2) throw e1 ?? e2;
      const [seen, ver] = (record as Array<string | null> | undefined) ?? [];
      out.set(id, { online: exists === 1, lastSeenMs: Number(seen ?? 0), version: Number(ver ?? 0) });
    });
    return out;
  }
}
