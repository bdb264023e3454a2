// The notifier's durable consumer on the CONV stream. Durable, so a restarted notifier resumes
// where the last one acknowledged; created delivering only new messages, so the first start
// does not push the whole history. One filter subject (nats-server 2.9).
import { AckPolicy, DeliverPolicy, JetStreamApiError, type JetStreamManager } from '@nats-io/jetstream';
import type { Names } from '../shared/names.js';

const NANOS = 1_000_000;

/** Longer than a batch can take: up to 20 s waiting for the projection, then its queries and dispatch. */
export const ACK_WAIT_MS = 60_000;

export async function ensureNotifierConsumer(jsm: JetStreamManager, names: Names, batch: number): Promise<void> {
  try {
    await jsm.consumers.info(names.convStream, names.notifierConsumer);
    return; // its settings are kept: deliver_policy cannot change, the rest are only limits
  } catch (err) {
    if (!(err instanceof JetStreamApiError && err.code === 10014)) throw err;
  }
  await jsm.consumers.add(names.convStream, {
    durable_name: names.notifierConsumer,
    filter_subject: names.convFilter,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.New,
    ack_wait: ACK_WAIT_MS * NANOS,
    max_ack_pending: batch * 4,
    // Redelivered until acknowledged; a message too old to push is acknowledged unread.
    max_deliver: -1,
  });
}
