// Which errors are outages (503 unavailable, retried by the SDK, not held against a client)
// and which are bugs (500 internal).
import test from 'ava';
import { PublishError } from '../src/shared/ack-publisher.js';
import { ParleyError, toParleyError } from '../src/shared/errors.js';
import { outageOf } from '../src/shared/outages.js';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

test('NATS, Postgres and Redis outages become unavailable', (t) => {
  t.is(outageOf(new PublishError(503, 'publish failed: 503')), 'the message log');
  t.is(outageOf(new PublishError(408, 'no PubAck in time')), 'the message log');
  t.is(outageOf(Object.assign(new Error('timeout'), { name: 'TimeoutError' })), 'the message log');
  t.is(outageOf(withCode('terminating connection due to administrator command', '57P01')), 'the database');
  t.is(outageOf(withCode('the database system is starting up', '57P03')), 'the database');
  t.is(outageOf(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')), 'a backing service');
  t.is(outageOf(new Error('Connection terminated unexpectedly')), 'a backing service');
  t.is(outageOf(Object.assign(new Error('Reached the max retries per request limit'), { name: 'MaxRetriesPerRequestError' })), 'a backing service');
  // Wrapped: the cause chain is followed.
  t.is(outageOf(new Error('query failed', { cause: withCode('x', '08006') })), 'the database');
  const e = toParleyError(new PublishError(503, 'publish failed: 503'));
  t.is(e.code, 'unavailable');
  t.is(e.status, 503);
});

test('anything else stays internal, and a ParleyError stays what it is', (t) => {
  t.is(outageOf(new Error('boom')), undefined);
  t.is(outageOf(new PublishError(10071, 'wrong last sequence')), undefined);
  t.is(outageOf(withCode('duplicate key value violates unique constraint', '23505')), undefined);
  t.is(toParleyError(new TypeError('x is undefined')).code, 'internal');
  t.is(toParleyError(new ParleyError('not_member', 'no')).code, 'not_member');
});
