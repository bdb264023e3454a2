// Tells an outage of a backing service (NATS/JetStream, Postgres, Redis) from a bug. An
// outage is the client's cue to retry later, so it becomes `unavailable` (503), never
// `internal`; the SDK re-sends on it, and a gateway does not count it against the client.
// Recognised by shape only (names, codes), so this module depends on no client library.

/** SQLSTATE classes and codes of a Postgres that is away: connection exceptions (08),
 *  shutdown or restart in progress (57P01-57P03), too many connections (53300). */
const PG_DOWN = /^(08...|57P0[1-3]|53300)$/;
/** Socket-level failures of any client. */
const NET_DOWN = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
/** nats.js errors of a connection or a request that got no answer (JetStreamNotEnabled is
 *  what a JetStream request meets while a cluster elects its leaders). */
const NATS_DOWN = new Set(['ConnectionError', 'ClosedConnectionError', 'DrainingConnectionError', 'NoRespondersError', 'TimeoutError', 'RequestError', 'JetStreamNotEnabled']);
/** pg and ioredis say it in words only. */
const DOWN_TEXT = /Connection terminated|timeout exceeded when trying to connect|Connection is closed|Stream isn't writeable|MaxRetriesPerRequest|Client has encountered a connection error/;

/** Which service an error says is away, or undefined if it is not an outage. */
export function outageOf(err: unknown): 'the message log' | 'the database' | 'a backing service' | undefined {
  for (let e = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const { name, message } = e;
    const code = (e as { code?: unknown }).code;
    // PublishError (ack-publisher.ts): 503 no stream answered (leader election, node down),
    // 408 no PubAck in time.
    if (name === 'PublishError' && (code === 503 || code === 408 || code === 0)) return 'the message log';
    if (NATS_DOWN.has(name) || name === 'JetStreamStatusError') return 'the message log';
    if (typeof code === 'string' && PG_DOWN.test(code)) return 'the database';
    if (typeof code === 'string' && NET_DOWN.has(code)) return 'a backing service';
    if (name === 'MaxRetriesPerRequestError' || DOWN_TEXT.test(message)) return 'a backing service';
  }
  return undefined;
}
