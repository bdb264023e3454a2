// The web client's pure parts: the tick rule, history order, media metadata from either shape.
import test from 'ava';
import { mediaOf, isImage } from '../web/src/media.js';
import { bySeq, messageStatus, raise, type Message } from '../web/src/model.js';

const conv = (memberIds: string[]) => ({ memberIds, delivered: new Map<string, number>(), read: new Map<string, number>() });

test('ticks: pending, sent, delivered to all, read by all', (t) => {
  const c = conv(['me', 'a', 'b']);
  t.is(messageStatus(c, {}, 'me'), 'pending');
  t.is(messageStatus(c, { seq: 5, failed: true }, 'me'), 'failed');
  t.is(messageStatus(c, { seq: 5 }, 'me'), 'sent');
  raise(c.delivered, 'a', 7);
  t.is(messageStatus(c, { seq: 5 }, 'me'), 'sent', 'b has not got it');
  raise(c.delivered, 'b', 5);
  t.is(messageStatus(c, { seq: 5 }, 'me'), 'delivered');
  t.is(messageStatus(c, { seq: 6 }, 'me'), 'sent', 'b is at 5');
  raise(c.read, 'a', 9);
  raise(c.read, 'b', 5);
  t.is(messageStatus(c, { seq: 5 }, 'me'), 'read');
  t.is(messageStatus(c, { seq: 6 }, 'me'), 'sent');
  raise(c.read, 'b', 3);
  t.is(c.read.get('b'), 5, 'watermarks never move back');
  t.is(messageStatus(conv(['me']), { seq: 1 }, 'me'), 'sent', 'alone in a group');
});

test('history order: by seq, pending sends last in the order written', (t) => {
  const m = (key: string, seq: number | undefined, sentAtMs: number): Message => ({ key, senderId: 'x', clientMsgId: key, text: key, sentAtMs, media: [], ...(seq !== undefined ? { seq } : {}) });
  const sorted = [m('p2', undefined, 50), m('b', 2, 40), m('p1', undefined, 10), m('a', 1, 30)].sort(bySeq);
  t.deepEqual(sorted.map((x) => x.key), ['a', 'b', 'p1', 'p2']);
});

test('media metadata from a MessagePosted (camelCase) or a history row (snake_case)', (t) => {
  t.deepEqual(mediaOf({ media_ids: ['m1'] }), [{ media_id: 'm1' }]);
  const [fromEvent] = mediaOf({ media: [{ mediaId: 'm2', contentType: 'image/png', width: 4, height: 3, size: 10 }], mediaIds: ['m2'] });
  t.like(fromEvent, { media_id: 'm2', content_type: 'image/png', width: 4, height: 3 });
  t.true(isImage(fromEvent!));
  t.false(isImage({ media_id: 'f', content_type: 'application/pdf' }));
  t.true(isImage({ media_id: 'u' }), 'without metadata a thumbnail is tried');
});
