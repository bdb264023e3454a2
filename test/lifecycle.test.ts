// Message lifecycle against the real services: edits, deletions (for everyone, for oneself),
// reactions, replies and threads, over the WebSocket (SDK) and REST, through feeds and large
// groups' following, and what a device catching up later is (not) sent.
import test from 'ava';
import type { Delivery, ParleyClient } from '../src/sdk/client.js';
import { client, collect, tappedClient, until, type Wire } from './helpers/clients.js';
import { serverFixture } from './helpers/fixture.js';
import type { Session } from './helpers/api.js';

// Groups of more than 3 members are large (followed, no feed copies); edits close after 8 s.
// Catch-ups read in pages of 5, so they cross page boundaries.
const fx = serverFixture(test, { FEED_COPY_LIMIT: '3', GROUP_MEMBER_LIMIT: '50', EDIT_WINDOW_S: '8', CATCHUP_BATCH: '5' });
const clients: ParleyClient[] = [];
test.after.always(() => {
  for (const c of clients) c.close();
});

/** Everything each client received, from its first frame on. */
const received = new Map<ParleyClient, Delivery[]>();
const got = (c: ParleyClient) => received.get(c)!;

async function live(token: string, opts = {}): Promise<ParleyClient> {
  const c = client(fx.server.ws, token, opts);
  clients.push(c);
  received.set(c, collect(c));
  await c.connect();
  await c.waitLive();
  return c;
}

async function tapped(token: string, opts = {}): Promise<{ c: ParleyClient; wire: Wire }> {
  const t = tappedClient(fx.server.ws, token, opts);
  clients.push(t.c);
  received.set(t.c, collect(t.c));
  await t.c.connect();
  await t.c.waitLive();
  return t;
}

type U = Session & { username: string; password: string };
/** Signs up one user per name, in order. */
function newUsers<N extends string[]>(...names: N): Promise<{ [K in keyof N]: U }> {
  return Promise.all(names.map((n) => fx.api.newUser(n))) as Promise<{ [K in keyof N]: U }>;
}

/** The user's unread count in the conversation, from their conversation list. */
const unread = async (conv: string, who: Session) =>
  ((await fx.api.ok('GET', `/v1/users/${who.user_id}/conversations`, undefined, who.token)).conversations as any[]).find((c) => c.conversation_id === conv).unread_count;
const history = async (conv: string, who: Session) => (await fx.api.ok('GET', `/v1/conversations/${conv}/messages?limit=200`, undefined, who.token)).messages as any[];
const kinds = (ds: Array<{ event: { body?: string } }>) => ds.map((d) => d.event.body);
/** Every text that crossed the wire to a client, in posted or edited events. */
const wireTexts = (wire: Wire) =>
  wire.received.flatMap((f) => (f.body === 'deliver' ? [f.deliver?.event?.messagePosted?.text, f.deliver?.event?.messageEdited?.text] : [])).filter((x) => x);

test('edit: the sender only, every device of every member gets it, history shows the latest text and the flag', async (t) => {
  const [alice, bob] = await newUsers('alice', 'bob');
  const conv = await fx.api.direct(alice, bob);
  const bob2 = await fx.api.login(bob.username, bob.password);
  const a = await live(alice.token);
  const b = await live(bob.token);
  const bGot = got(b);
  const sent = await a.send(conv, 'helo wrld');
  const applied = await a.edit(sent.messageId, 'hello world');
  t.true(applied.seq > sent.seq);
  await until(() => bGot.some((d) => d.event.body === 'messageEdited'), 10_000, 'bob gets the edit');
  const edit = bGot.find((d) => d.event.body === 'messageEdited')!;
  t.is(edit.event.messageEdited!.text, 'hello world');
  t.is(edit.event.messageEdited!.messageId, sent.messageId);
  t.is(edit.seq, applied.seq);

  // Bob's other device, catching up from the start, gets the message and then its edit, in order.
  const b2 = await live(bob2.token, { cursor: 0 });
  const b2Got = got(b2);
  t.deepEqual(kinds(b2Got.filter((d) => d.conversationId === conv)).filter((k) => k !== 'conversationCreated'), ['messagePosted', 'messageEdited']);

  const [m] = await history(conv, bob);
  t.is(m.text, 'hello world');
  t.true(m.edited);
  t.true(m.edited_at_ms > 0);

  // Bob may not edit Alice's message; REST says the same as the socket.
  const refused = await fx.api.call('PATCH', `/v1/messages/${sent.messageId}`, { text: 'mine now' }, bob.token);
  t.is(refused.status, 403);
  t.is(refused.body.error.code, 'forbidden');
  await t.throwsAsync(b.edit(sent.messageId, 'mine now'), { message: /only the sender/ });
  const viaRest = await fx.api.ok('PATCH', `/v1/messages/${sent.messageId}`, { text: 'hello, world' }, alice.token);
  t.is(viaRest.text, 'hello, world');
  t.is((await fx.api.call('PATCH', `/v1/messages/${sent.messageId}`, { text: '   ' }, alice.token)).body.error.code, 'empty_message');

  // The window (EDIT_WINDOW_S = 8) is the message's own, fixed when it was sent.
  const old = await a.send(conv, 'soon fixed');
  await new Promise((r) => setTimeout(r, 8200));
  const late = await fx.api.call('PATCH', `/v1/messages/${old.messageId}`, { text: 'too late' }, alice.token);
  t.is(late.status, 403);
  t.is(late.body.error.code, 'edit_window_closed');
});

test('delete for everyone: gone from history, search and every device, also one catching up later; admins may, members may not', async (t) => {
  const [admin, bob, carol] = await newUsers('admin', 'bob', 'carol');
  const g = await fx.api.ok('POST', '/v1/conversations', { type: 'group', name: 'small', participant_ids: [bob.user_id, carol.user_id] }, admin.token);
  const conv = g.conversation_id;
  const b = await live(bob.token);
  const c = await live(carol.token);
  const cGot = got(c);
  const secret = await b.send(conv, 'secretword first version');
  await b.edit(secret.messageId, 'secretword edited version');
  await b.react(secret.messageId, '👍');
  const kept = await b.send(conv, 'this one stays');
  await until(() => cGot.some((d) => d.event.body === 'reactionAdded'), 10_000, 'carol gets the reaction');

  // Carol (a member, not the sender, not an admin) may not delete it for everyone.
  const refused = await fx.api.call('DELETE', `/v1/messages/${secret.messageId}?for=everyone`, undefined, carol.token);
  t.is(refused.status, 403);
  const deleted = await b.delete(secret.messageId, { forEveryone: true });
  t.true(deleted.seq > 0);
  await until(() => cGot.some((d) => d.event.body === 'messageDeleted'), 10_000, 'carol gets the deletion');

  t.deepEqual((await history(conv, carol)).map((m) => m.text), ['this one stays']);
  t.is(await unread(conv, carol), 1, 'a message deleted for everyone is no longer unread');
  t.is((await fx.api.call('GET', `/v1/messages/${secret.messageId}`, undefined, carol.token)).status, 404);
  t.is((await fx.api.ok('GET', '/v1/search?q=secretword', undefined, carol.token)).messages.length, 0);
  t.is((await fx.api.call('PATCH', `/v1/messages/${secret.messageId}`, { text: 'back' }, bob.token)).status, 404);
  t.is((await fx.api.call('POST', `/v1/messages/${secret.messageId}/reactions`, { emoji: '❤️' }, carol.token)).status, 404);

  // A new device of Carol reading her whole feed gets the deletion, never the content.
  const carol2 = await fx.api.login(carol.username, carol.password);
  const { c: c2, wire } = await tapped(carol2.token, { cursor: 0 });
  const c2Got = got(c2);
  t.false(wireTexts(wire).some((x) => x!.includes('secretword')), JSON.stringify(wireTexts(wire)));
  t.true(wireTexts(wire).includes('this one stays'));
  t.true(wire.received.some((f) => f.body === 'deliver' && f.deliver?.event?.messageDeleted?.messageId === secret.messageId));
  t.true(c2Got.length >= 0);

  // The admin may delete anyone's message, at any time.
  await fx.api.ok('DELETE', `/v1/messages/${kept.messageId}?for=everyone`, undefined, admin.token);
  t.deepEqual(await history(conv, bob), []);
  t.is(await unread(conv, carol), 0);
});

test('delete for me: hidden from that user\'s history and devices only', async (t) => {
  const [alice, bob] = await newUsers('alice', 'bob');
  const conv = await fx.api.direct(alice, bob);
  const bob2 = await fx.api.login(bob.username, bob.password);
  const a = await live(alice.token);
  const aGot = got(a);
  const b = await live(bob.token);
  const b2 = await live(bob2.token);
  const b2Got = got(b2);
  const m1 = await a.send(conv, 'hideme please');
  await a.send(conv, 'keep me');
  await until(() => b2Got.filter((d) => d.event.body === 'messagePosted').length === 2, 10_000, 'bob2 has both');
  await b.delete(m1.messageId);
  await until(() => b2Got.some((d) => d.event.body === 'messageHidden'), 10_000, 'bob2 gets the hide');
  t.deepEqual((await history(conv, bob)).map((m) => m.text), ['keep me']);
  t.is(await unread(conv, bob), 1, 'a message hidden by the reader is no longer unread');
  t.deepEqual((await history(conv, alice)).map((m) => m.text), ['hideme please', 'keep me']);
  t.is((await fx.api.ok('GET', '/v1/search?q=hideme', undefined, bob.token)).messages.length, 0);
  t.is((await fx.api.ok('GET', '/v1/search?q=hideme', undefined, alice.token)).messages.length, 1);
  await new Promise((r) => setTimeout(r, 300));
  t.false(aGot.some((d) => d.event.body === 'messageHidden'), 'the other member never hears of it');
  // Bob's devices catching up from the start are not sent the text again.
  const bob3 = await fx.api.login(bob.username, bob.password);
  const { wire } = await tapped(bob3.token, { cursor: 0 });
  t.false(wireTexts(wire).includes('hideme please'));
  t.true(wireTexts(wire).includes('keep me'));
});

test('reactions: one per user and emoji, counts and who in history, pushed live, taken back', async (t) => {
  const [alice, bob] = await newUsers('alice', 'bob');
  const conv = await fx.api.direct(alice, bob);
  const a = await live(alice.token);
  const aGot = got(a);
  const b = await live(bob.token);
  const m = await a.send(conv, 'react to me');
  const first = await b.react(m.messageId, '🎉');
  t.true(first.seq > 0);
  t.is((await b.react(m.messageId, '🎉')).seq, 0, 'the same reaction again changes nothing');
  await fx.api.ok('POST', `/v1/messages/${m.messageId}/reactions`, { emoji: '🎉' }, alice.token);
  await a.react(m.messageId, '👍');
  await until(() => aGot.some((d) => d.event.body === 'reactionAdded'), 10_000, 'alice sees bob\'s reaction');
  t.is(aGot.find((d) => d.event.body === 'reactionAdded')!.event.reactionAdded!.userId, bob.user_id);
  const [view] = await history(conv, bob);
  t.deepEqual(view.reactions, [
    { emoji: '🎉', count: 2, user_ids: [bob.user_id, alice.user_id] },
    { emoji: '👍', count: 1, user_ids: [alice.user_id] },
  ]);
  const after = await fx.api.ok('DELETE', `/v1/messages/${m.messageId}/reactions/${encodeURIComponent('🎉')}`, undefined, bob.token);
  t.deepEqual(after.reactions, [
    { emoji: '🎉', count: 1, user_ids: [alice.user_id] },
    { emoji: '👍', count: 1, user_ids: [alice.user_id] },
  ]);
  await until(() => aGot.some((d) => d.event.body === 'reactionRemoved'), 10_000, 'alice sees it taken back');
  t.is((await b.unreact(m.messageId, '🎉')).seq, 0);
  t.is((await fx.api.call('POST', `/v1/messages/${m.messageId}/reactions`, { emoji: 'not one' }, bob.token)).status, 400);
});

test('replies quote the message they answer; a thread lists them with its own pages', async (t) => {
  const [alice, bob] = await newUsers('alice', 'bob');
  const conv = await fx.api.direct(alice, bob);
  const other = await fx.api.direct(alice, await fx.api.newUser('carol'));
  const a = await live(alice.token);
  const b = await live(bob.token);
  const bGot = got(b);
  const root = await a.send(conv, 'the question');
  const replies = [];
  for (let i = 0; i < 5; i++) replies.push(await (i % 2 ? a : b).reply(conv, root.messageId, `answer ${i}`));
  const viaRest = await fx.api.ok('POST', `/v1/conversations/${conv}/messages`, { text: 'answer 5', reply_to_message_id: root.messageId }, bob.token);
  await until(() => bGot.filter((d) => d.event.body === 'messagePosted').length === 3, 10_000, 'bob gets alice\'s replies');
  t.is(bGot.find((d) => d.event.messagePosted?.text === 'answer 1')!.event.messagePosted!.replyToMessageId, root.messageId);

  const hist = await history(conv, bob);
  const h1 = hist.find((m) => m.text === 'answer 1');
  t.deepEqual(h1.reply_to, { message_id: root.messageId, seq: root.seq, sender_id: alice.user_id, text: 'the question', deleted: false });
  t.is(hist.find((m) => m.text === 'the question').reply_to, undefined);

  const page1 = await b.thread(root.messageId, { limit: 4 });
  t.is(page1.root!.text, 'the question');
  t.deepEqual(page1.messages.map((m) => m.text), ['answer 0', 'answer 1', 'answer 2', 'answer 3']);
  t.true(page1.has_more);
  const page2 = await b.thread(root.messageId, { limit: 4, after: page1.messages.at(-1)!.seq });
  t.deepEqual(page2.messages.map((m) => m.text), ['answer 4', 'answer 5']);
  t.false(page2.has_more);
  t.is(viaRest.seq, page2.messages.at(-1)!.seq);

  // A reply to a message of another conversation, or an unknown one, is refused.
  await t.throwsAsync(a.reply(other, root.messageId, 'wrong place'), { message: /not in this conversation/ });
  // Once the original is deleted, the quote says so and shows nothing of it.
  await a.delete(root.messageId, { forEveryone: true });
  const again = (await history(conv, bob)).find((m) => m.text === 'answer 1');
  t.deepEqual(again.reply_to, { message_id: root.messageId, seq: root.seq, sender_id: alice.user_id, text: '', deleted: true });
  t.is(replies.length, 5);
});

test('search: newest first, paged, by conversation or all, only what the user may read', async (t) => {
  const [admin, bob, carol, late] = await newUsers('admin', 'bob', 'carol', 'late');
  const g = await fx.api.ok('POST', '/v1/conversations', { type: 'group', name: 'g', participant_ids: [bob.user_id] }, admin.token);
  const d = await fx.api.direct(admin, carol);
  const a = await live(admin.token);
  const word = `zebra${Date.now()}`;
  const inGroup = [];
  for (let i = 0; i < 5; i++) inGroup.push(await a.send(g.conversation_id, `${word} group ${i}`));
  const inDirect = await a.send(d, `${word} direct`);
  const lastSent = await a.send(d, 'unrelated text');
  await until(async () => (await history(d, admin)).some((m) => m.seq === lastSent.seq), 10_000, 'history has the last message');

  const all = await fx.api.ok('GET', `/v1/search?q=${word}&limit=4`, undefined, admin.token);
  t.deepEqual(all.messages.map((m: any) => m.text), [`${word} direct`, `${word} group 4`, `${word} group 3`, `${word} group 2`]);
  t.true(all.has_more);
  const next = await fx.api.ok('GET', `/v1/search?q=${word}&limit=4&before=${all.next_before}`, undefined, admin.token);
  t.deepEqual(next.messages.map((m: any) => m.text), [`${word} group 1`, `${word} group 0`]);
  t.false(next.has_more);
  const sdk = await a.search(word, { conversationId: d });
  t.deepEqual(sdk.messages.map((m) => m.message_id), [inDirect.messageId]);

  // Bob sees the group's, not the direct conversation's; Carol the other way round.
  t.is((await fx.api.ok('GET', `/v1/search?q=${word}`, undefined, bob.token)).messages.length, 5);
  t.is((await fx.api.ok('GET', `/v1/search?q=${word}`, undefined, carol.token)).messages.length, 1);
  t.is((await fx.api.call('GET', `/v1/search?q=${word}&conversation_id=${d}`, undefined, bob.token)).status, 403);
  // A member added later (history not shared) finds only what came after the join.
  await fx.api.ok('POST', `/v1/conversations/${g.conversation_id}/participants`, { user_id: late.user_id }, admin.token);
  const afterJoin = await a.send(g.conversation_id, `${word} after join`);
  await until(async () => (await fx.api.ok('GET', `/v1/search?q=${word}`, undefined, late.token)).messages.length === 1, 10_000, 'late finds one');
  t.deepEqual((await fx.api.ok('GET', `/v1/search?q=${word}`, undefined, late.token)).messages.map((m: any) => m.message_id), [afterJoin.messageId]);
  // A removed member finds what was said while they were a member, nothing after.
  await fx.api.ok('DELETE', `/v1/conversations/${g.conversation_id}/participants/${bob.user_id}`, undefined, admin.token);
  await a.send(g.conversation_id, `${word} after bob left`);
  await until(async () => (await fx.api.ok('GET', `/v1/search?q=${word}`, undefined, late.token)).messages.length === 2, 10_000, 'late finds two');
  const bobs = await fx.api.ok('GET', `/v1/search?q=${word}&conversation_id=${g.conversation_id}`, undefined, bob.token);
  t.deepEqual(bobs.messages.map((m: any) => m.text), [`${word} after join`, ...[4, 3, 2, 1, 0].map((i) => `${word} group ${i}`)]);
  // Deleted messages never appear; edits are found by their new words only.
  await a.delete(inGroup[0]!.messageId, { forEveryone: true });
  const changing = await a.send(g.conversation_id, `${word} about to change`);
  await a.edit(changing.messageId, 'now about giraffes');
  const admins = await fx.api.ok('GET', `/v1/search?q=${word}&conversation_id=${g.conversation_id}`, undefined, admin.token);
  t.deepEqual(admins.messages.map((m: any) => m.text), [`${word} after bob left`, `${word} after join`, ...[4, 3, 2, 1].map((i) => `${word} group ${i}`)]);
  t.is((await fx.api.ok('GET', '/v1/search?q=giraffes', undefined, admin.token)).messages[0].message_id, changing.messageId);
  t.is((await fx.api.call('GET', '/v1/search?q=', undefined, admin.token)).status, 400);
});

test('large group: edits, deletions and reactions reach followers live and on catch-up, with deleted content never sent', async (t) => {
  const users = await newUsers('admin', 'bob', 'carol', 'dan', 'eve');
  const [admin, bob, carol] = users;
  const g = await fx.api.ok('POST', '/v1/conversations', { type: 'group', name: 'big', participant_ids: users.slice(1).map((u) => u.user_id) }, admin.token);
  const conv = g.conversation_id;
  const a = await live(admin.token);
  const b = await live(bob.token);
  const bGot = got(b);
  // Carol's device sees the first message, then goes away.
  const carolDevice = await fx.api.login(carol.username, carol.password);
  const c1 = await live(carolDevice.token);
  const c1Got = got(c1);
  const m1 = await a.send(conv, 'big one');
  const m2 = await a.send(conv, 'big secret');
  await until(() => c1Got.filter((d) => d.event.body === 'messagePosted').length === 2, 10_000, 'carol has both');
  c1.close();
  await new Promise((r) => setTimeout(r, 300));

  await a.edit(m1.messageId, 'big one, edited');
  await b.react(m1.messageId, '🔥');
  await a.delete(m2.messageId, { forEveryone: true });
  const m3 = await a.send(conv, 'big three');
  // More edits of a message deleted afterwards than a catch-up page holds: none is sent.
  const m4 = await a.send(conv, 'big four');
  for (let i = 0; i < 6; i++) await a.edit(m4.messageId, `big four, edit ${i}`);
  await a.delete(m4.messageId, { forEveryone: true });
  const m4Deleted = (d: Delivery) => d.event.messageDeleted?.messageId === m4.messageId;
  await until(() => bGot.some(m4Deleted), 10_000, 'bob gets the last deletion');
  t.deepEqual(
    kinds(bGot.filter((d) => d.conversationId === conv && d.cursor === 0)),
    ['messagePosted', 'messagePosted', 'messageEdited', 'messageDeleted', 'messagePosted', 'messagePosted', ...Array(6).fill('messageEdited'), 'messageDeleted'],
    'live: the edits, then the deletions, in log order (his own reaction is not echoed)',
  );

  // Carol's device comes back (its stored group position) and catches up from the read model.
  const { c: c2, wire } = await tapped(carolDevice.token);
  const c2Got = got(c2);
  await until(() => c2Got.some(m4Deleted), 10_000, 'carol catches up');
  t.deepEqual(kinds(c2Got.filter((d) => d.conversationId === conv)), ['messageEdited', 'reactionAdded', 'messageDeleted', 'messagePosted', 'messageDeleted']);
  t.is(c2Got[0]!.event.messageEdited!.text, 'big one, edited');
  // A brand-new follower position before everything: no deleted text, latest edits.
  const { wire: fresh } = await tapped((await fx.api.login(carol.username, carol.password)).token);
  t.false(wireTexts(wire).some((x) => x!.startsWith('big secret') || x!.startsWith('big four')));
  t.false(wireTexts(fresh).some((x) => x!.startsWith('big secret') || x!.startsWith('big four')));
  t.is(m3.seq > m2.seq, true);
  const [first] = await history(conv, carol);
  t.is(first.text, 'big one, edited');
  t.deepEqual(first.reactions, [{ emoji: '🔥', count: 1, user_ids: [bob.user_id] }]);
});

test('races and strangers: an edit racing a deletion is applied before it or refused, never after; outsiders learn nothing', async (t) => {
  const [alice, bob, mallory] = await newUsers('alice', 'bob', 'mallory');
  const conv = await fx.api.direct(alice, bob);
  const a = await live(alice.token);
  const m = await live(mallory.token);
  for (let i = 0; i < 5; i++) {
    const sent = await a.send(conv, `race ${i}`);
    const [edit, del] = await Promise.allSettled([a.edit(sent.messageId, `race ${i} edited`), fx.api.call('DELETE', `/v1/messages/${sent.messageId}?for=everyone`, undefined, alice.token)]);
    t.is(del.status === 'fulfilled' && del.value.status, 200);
    if (edit.status === 'rejected') t.true(['conflict', 'not_found'].includes((edit.reason as { code: string }).code), String(edit.reason));
  }
  t.deepEqual(await history(conv, bob), [], 'every message ended deleted, whatever the order');
  const target = await a.send(conv, 'not for mallory');
  for (const attempt of [m.react(target.messageId, '👀'), m.edit(target.messageId, 'mine'), m.delete(target.messageId), m.delete(target.messageId, { forEveryone: true })]) {
    await t.throwsAsync(attempt, { message: 'no such message' });
  }
  t.is((await fx.api.call('GET', `/v1/messages/${target.messageId}/thread`, undefined, mallory.token)).status, 404);
  t.is((await fx.api.call('DELETE', '/v1/messages/not%20an%20id', undefined, alice.token)).status, 400);
});
