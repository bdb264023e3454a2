// The web client end to end: the gateway serves the bundle, and two people in two browser
// contexts (headless Debian chromium) sign up, chat, see ticks, typing, presence and unread
// badges change, reload and resume. Every wait is a condition with a timeout, never a sleep.
import test from 'ava';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { resolveStatic } from '../src/gateway/static-files.js';
import { buildWeb } from '../web/build.js';
import { Api } from './helpers/api.js';
import { launchBrowser } from './helpers/browser.js';
import { until } from './helpers/clients.js';
import { cleanup, startServer, testConfig, type TestServer } from './helpers/env.js';

/** Generous for a slow, shared 2-core machine; conditions usually hold in milliseconds. */
const WAIT = 15_000;

let dir: string;
let server: TestServer;
let browser: Browser;
let api: Api;

test.before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parley-web-'));
  const [, b] = await Promise.all([buildWeb(join(dir, 'dist')), launchBrowser()]);
  browser = b;
  // Receipts are flushed every 1 s by default: faster here. Presence needs no such help: a
  // conversation started after connecting shows it at once.
  server = await startServer(testConfig({ WEB_DIR: join(dir, 'dist'), RECEIPT_FLUSH_MS: '200' }));
  api = new Api(server.http);
});

test.after.always(async () => {
  await browser?.close();
  if (server) {
    await server.running.close();
    await cleanup(server.config);
  }
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function newPage(contexts: BrowserContext[]): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 720 } });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT);
  return page;
}

async function signUp(page: Page, username: string, displayName: string): Promise<void> {
  await page.goto(server.http + '/');
  await page.getByRole('button', { name: 'Sign up' }).click();
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByLabel('Email').fill(`${username}@example.com`);
  await page.getByLabel('Display name').fill(displayName);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByTestId('connection').filter({ hasText: 'online' }).waitFor();
}

async function logIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto(server.http + '/');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).last().click();
  await page.getByTestId('connection').filter({ hasText: 'online' }).waitFor();
}

const message = (page: Page, text: string) => page.getByTestId('message').filter({ hasText: text });
const conversation = (page: Page, name: string) => page.getByTestId('conversation').filter({ hasText: name });

async function send(page: Page, text: string): Promise<void> {
  await page.getByTestId('composer').fill(text);
  await page.getByTestId('composer').press('Enter');
}

test('the gateway serves the bundle (content types, cache headers, no traversal) and finds users by username', async (t) => {
  const index = await fetch(server.http + '/');
  t.is(index.status, 200);
  t.is(index.headers.get('content-type'), 'text/html; charset=utf-8');
  t.is(index.headers.get('cache-control'), 'no-cache');
  const html = await index.text();
  const js = /src="\/(app-[A-Z0-9]{8}\.js)"/.exec(html)?.[1];
  const css = /href="\/(style-[A-Z0-9]{8}\.css)"/.exec(html)?.[1];
  t.truthy(js && css, html);
  const script = await fetch(`${server.http}/${js}`);
  t.is(script.headers.get('content-type'), 'text/javascript; charset=utf-8');
  t.is(script.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  t.is((await fetch(`${server.http}/${css}`)).headers.get('content-type'), 'text/css; charset=utf-8');
  // Revalidation of index.html.
  const etag = index.headers.get('etag')!;
  t.is((await fetch(server.http + '/', { headers: { 'if-none-match': etag } })).status, 304);
  // Nothing outside the bundle, however the path is spelled.
  for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2f..%2fpackage.json', '/%2e%2e%5cpackage.json', '/.hidden', '/nope.js']) {
    t.is((await fetch(server.http + path)).status, 404, path);
  }
  t.is((await resolveStatic(dir, '/dist/../../etc/passwd', '')).status, 404);
  // The API keeps its JSON 404s.
  const api404 = await fetch(server.http + '/v1/nope');
  t.is(api404.status, 404);
  t.like(await api404.json(), { error: { code: 'not_found' } });
  // Finding a user by username (the client's "new chat").
  const someone = await api.newUser('findme');
  t.like(await api.ok('GET', `/v1/users?username=${someone.username}`, undefined, someone.token), { user_id: someone.user_id, username: someone.username });
  t.is((await api.call('GET', '/v1/users?username=nobody_here', undefined, someone.token)).status, 404);
  t.is((await api.call('GET', `/v1/users?username=${someone.username}`)).status, 401);
  // Without a bundle, / says how to build one.
  const missing = await resolveStatic(join(dir, 'missing'), '/', '');
  t.is(missing.status, 503);
  t.regex('body' in missing ? String(missing.body) : '', /make web/);
});

test('two people chat: ticks, typing, presence, unread badge, reload resumes', async (t) => {
  const contexts: BrowserContext[] = [];
  try {
    const started = Date.now();
    const step = (what: string) => t.log(`${what}: ${Date.now() - started} ms`);
    const alice = await newPage(contexts);
    const bob = await newPage(contexts);
    const suffix = Math.random().toString(36).slice(2, 7);
    await Promise.all([signUp(alice, `alice_${suffix}`, 'Alice'), signUp(bob, `bob_${suffix}`, 'Bob')]);

    step('signed up');
    // Alice starts a 1:1 with Bob by username.
    await alice.getByTestId('new-chat').click();
    await alice.getByTestId('new-chat-users').fill(`bob_${suffix}`);
    await alice.getByTestId('new-chat-start').click();
    await alice.getByTestId('chat-title').filter({ hasText: 'Bob' }).waitFor();
    // Bob is online (presence), and the new conversation reaches Bob's list live.
    await alice.getByTestId('chat-subtitle').filter({ hasText: 'online' }).waitFor();
    await conversation(bob, 'Alice').waitFor();

    step('conversation on both sides');
    // Typing shows on Bob's side.
    await alice.getByTestId('composer').pressSequentially('Hi');
    await conversation(bob, 'Alice').getByText('typing…').waitFor();

    step('typing');
    // Alice sends: one tick once durable, two when Bob's device has it; Bob gets a badge.
    await send(alice, 'Hi Bob, how are you?');
    const first = message(alice, 'Hi Bob, how are you?');
    await first.and(alice.locator('[data-status="delivered"]')).waitFor();
    await conversation(bob, 'Alice').getByTestId('unread').filter({ hasText: '1' }).waitFor();
    await send(alice, 'Lunch at noon?');
    await conversation(bob, 'Alice').getByTestId('unread').filter({ hasText: '2' }).waitFor();

    step('delivered, badges');
    // Bob opens the conversation: the badge goes, Alice's ticks turn to read.
    await conversation(bob, 'Alice').click();
    await message(bob, 'Lunch at noon?').waitFor();
    await t.notThrowsAsync(conversation(bob, 'Alice').getByTestId('unread').waitFor({ state: 'detached' }));
    await message(alice, 'Lunch at noon?').and(alice.locator('[data-status="read"]')).waitFor();
    await first.and(alice.locator('[data-status="read"]')).waitFor();

    step('read');
    // Bob answers; Alice has the conversation open, so it is read at once.
    await send(bob, 'Great! Noon works.');
    await message(alice, 'Great! Noon works.').waitFor();
    await message(bob, 'Great! Noon works.').and(bob.locator('[data-status="read"]')).waitFor();
    t.is(await conversation(alice, 'Bob').getByTestId('unread').count(), 0);

    step('answered');
    // Bob reloads: the cursor is kept per device, the conversation comes back from history
    // with its ticks, and live delivery resumes.
    const cursorKeys = await bob.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('parley.cursor.')));
    t.is(cursorKeys.length, 1);
    await bob.reload();
    await bob.getByTestId('connection').filter({ hasText: 'online' }).waitFor();
    await conversation(bob, 'Alice').click();
    await message(bob, 'Hi Bob, how are you?').waitFor();
    await message(bob, 'Great! Noon works.').and(bob.locator('[data-status="read"]')).waitFor();
    await send(alice, 'See you there');
    await message(bob, 'See you there').waitFor();

    step('reloaded');
    // Bob goes away (page closed); what Alice sends meanwhile is waiting when he is back.
    const bobContext = contexts[1]!;
    const storage = await bobContext.storageState();
    await bob.goto('about:blank'); // pagehide: the client closes its socket (offline at once)
    await bobContext.close();
    await alice.getByTestId('chat-subtitle').filter({ hasText: /last seen|offline/ }).waitFor();
    await send(alice, 'Bring the slides');
    await message(alice, 'Bring the slides').and(alice.locator('[data-status="sent"]')).waitFor();
    step('offline seen');
    const back = await browser.newContext({ viewport: { width: 1100, height: 720 }, storageState: storage });
    contexts.push(back);
    const bob2 = await back.newPage();
    bob2.setDefaultTimeout(WAIT);
    await bob2.goto(server.http + '/');
    await conversation(bob2, 'Alice').getByTestId('unread').filter({ hasText: '1' }).waitFor();
    await conversation(bob2, 'Alice').click();
    await message(bob2, 'Bring the slides').waitFor();
    await message(alice, 'Bring the slides').and(alice.locator('[data-status="read"]')).waitFor();
    await alice.getByTestId('chat-subtitle').filter({ hasText: 'online' }).waitFor();
    t.pass();
  } finally {
    for (const c of contexts) await c.close().catch(() => undefined);
  }
});

test('a group: sender names, scrolling back through history', async (t) => {
  const contexts: BrowserContext[] = [];
  try {
    const started = Date.now();
    const [carol, dave, erin] = await Promise.all([api.newUser('carol'), api.newUser('dave'), api.newUser('erin')]);
    const group = await api.ok('POST', '/v1/conversations', { type: 'group', name: 'Book club', participant_ids: [dave.user_id, erin.user_id] }, carol.token);
    const id = group.conversation_id as string;
    // 50 messages: more than the first page of 40, so the start is reached only by scrolling.
    for (let i = 1; i <= 50; i++) await api.ok('POST', `/v1/conversations/${id}/messages`, { text: `chapter ${i}` }, i % 2 ? carol.token : erin.token);

    // A new device starts at the end of its feed: the list (read model) must have the messages.
    const unread = async () => (await api.ok('GET', `/v1/users/${dave.user_id}/conversations`, undefined, dave.token)).conversations[0]?.unread_count;
    await until(async () => (await unread()) === 50, WAIT, 'the unread count in the read model');

    const page = await newPage(contexts);
    await logIn(page, dave.username, dave.password);
    await conversation(page, 'Book club').getByTestId('unread').filter({ hasText: '50' }).waitFor();
    await conversation(page, 'Book club').click();
    await message(page, 'chapter 50').waitFor();
    t.log(`group open after ${Date.now() - started} ms`);
    t.is(await message(page, 'chapter 50').locator('.sender').textContent(), erin.username);
    const first = page.locator('.msg .text').getByText('chapter 1', { exact: true });
    t.is(await first.count(), 0);

    // Scroll to the top until the first message is there; each scroll loads one older page.
    const list = page.getByTestId('messages');
    while ((await first.count()) === 0) {
      const before = await page.getByTestId('message').count();
      await list.evaluate((el) => el.scrollTo(0, 0));
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid="message"]').length > n, before);
    }
    await first.waitFor();
    await page.getByText('This is the beginning of the conversation').waitFor();
    t.is(await page.getByTestId('message').count(), 50);

    // A message to the group shows one tick until every other member has it.
    await send(page, 'I liked chapter 12');
    await message(page, 'I liked chapter 12').and(page.locator('[data-status="sent"]')).waitFor();
  } finally {
    for (const c of contexts) await c.close().catch(() => undefined);
  }
});

test('image upload: the media contract from the browser, thumbnails in the conversation', async (t) => {
  const contexts: BrowserContext[] = [];
  try {
    const [amy, ben] = await Promise.all([api.newUser('amy'), api.newUser('ben')]);
    await api.direct(amy, ben);
    // A server without media has no POST /v1/media (404): the attach button stays hidden.
    const probe = await fetch(server.http + '/v1/media', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    const hasMedia = probe.status !== 404;
    const amyPage = await newPage(contexts);
    const benPage = await newPage(contexts);
    await logIn(benPage, ben.username, ben.password);
    const png = await benPage.screenshot({ clip: { x: 0, y: 0, width: 96, height: 64 } });
    await conversation(benPage, amy.username).click();
    await benPage.getByTestId('composer').waitFor();
    t.is(await benPage.getByTestId('attach').isVisible(), hasMedia);

    // Without the media feature in this server, its contract is played by the browser's
    // request interception, so the client's side of it is still checked.
    const seen: { create?: unknown; putAuth?: string; completed?: boolean } = {};
    if (!hasMedia) {
      const json = (body: unknown, status = 200) => ({ status, contentType: 'application/json', body: JSON.stringify(body) });
      await amyPage.context().route(/\/v1\/media(\/|$|\?)/, async (route) => {
        const req = route.request();
        const path = new URL(req.url()).pathname;
        if (req.method() === 'POST' && path === '/v1/media') {
          const body = req.postDataJSON() as Record<string, unknown>;
          if (!body.conversation_id) return route.fulfill(json({ error: { code: 'bad_request', message: 'conversation_id is required' } }, 400));
          seen.create = body;
          return route.fulfill(json({ media_id: 'mTest', upload_url: '/v1/media/mTest/content', upload_method: 'PUT', upload_headers: { 'content-type': 'image/png' }, expires_at_ms: Date.now() + 60_000 }, 201));
        }
        if (req.method() === 'PUT' && path === '/v1/media/mTest/content') {
          seen.putAuth = (await req.allHeaders()).authorization;
          return route.fulfill({ status: 204 });
        }
        if (req.method() === 'POST' && path === '/v1/media/mTest/complete') {
          seen.completed = true;
          return route.fulfill(json({ media: { media_id: 'mTest', kind: 'image', content_type: 'image/png', size: png.length, width: 96, height: 64 } }));
        }
        if (path === '/v1/media/mTest/url') return route.fulfill(json({ url: '/v1/media/mTest/thumb.png', expires_at_ms: Date.now() + 60_000 }));
        if (path === '/v1/media/mTest/thumb.png') return route.fulfill({ status: 200, contentType: 'image/png', body: png });
        return route.fulfill(json({ error: { code: 'not_found', message: 'no such route' } }, 404));
      });
    }
    await logIn(amyPage, amy.username, amy.password);
    await conversation(amyPage, ben.username).click();
    await amyPage.getByTestId('attach').waitFor();
    await amyPage.locator('input[type=file]').setInputFiles({ name: 'dot.png', mimeType: 'image/png', buffer: png });
    const loaded = (page: Page) =>
      page.waitForFunction(() => Array.from(document.querySelectorAll<HTMLImageElement>('.msg img.thumb')).some((img) => img.complete && img.naturalWidth > 0));
    await loaded(amyPage);
    if (!hasMedia) {
      t.like(seen.create, { content_type: 'image/png', size: png.length, filename: 'dot.png' });
      t.is(seen.putAuth, `Bearer ${await amyPage.evaluate(() => JSON.parse(localStorage.getItem('parley.session')!).token)}`);
      t.true(seen.completed);
      return;
    }
    // With media: the message is stored and reaches Ben with its thumbnail.
    await amyPage.locator('.msg.mine').filter({ has: amyPage.locator('img.thumb') }).and(amyPage.locator('[data-status="read"]')).waitFor();
    await loaded(benPage);
    t.pass();
  } finally {
    for (const c of contexts) await c.close().catch(() => undefined);
  }
});

test('a dropped connection: the page reconnects, gets what it missed, and its own message goes out once', async (t) => {
  const contexts: BrowserContext[] = [];
  try {
    const [pia, quinn] = await Promise.all([api.newUser('pia'), api.newUser('quinn')]);
    const id = await api.direct(pia, quinn);
    const page = await newPage(contexts);
    // The page's WebSocket goes through the browser's proxy, so the test can cut it and keep
    // it from coming back for a while, like a network outage.
    let online = true;
    let current: { close(o?: { code?: number; reason?: string }): Promise<void> } | undefined;
    await page.routeWebSocket(/\/v1\/ws/, (ws) => {
      if (!online) return void ws.close({ code: 1011, reason: 'network down' });
      ws.connectToServer();
      current = ws;
    });
    await logIn(page, pia.username, pia.password);
    await conversation(page, quinn.username).click();
    await page.getByTestId('composer').waitFor();

    online = false;
    await current!.close({ code: 1011, reason: 'network down' });
    await page.getByTestId('connection').filter({ hasText: 'connecting' }).waitFor();
    await api.ok('POST', `/v1/conversations/${id}/messages`, { text: 'sent while you were away' }, quinn.token);
    await send(page, 'written while offline');
    await message(page, 'written while offline').and(page.locator('[data-status="pending"]')).waitFor();

    online = true;
    await page.getByTestId('connection').filter({ hasText: 'online' }).waitFor();
    await message(page, 'sent while you were away').waitFor();
    await message(page, 'written while offline').and(page.locator('[data-status="sent"], [data-status="delivered"], [data-status="read"]')).waitFor();
    // History follows the log a moment after Sent.
    const texts = async () => ((await api.ok('GET', `/v1/conversations/${id}/messages`, undefined, quinn.token)).messages as Array<{ text: string }>).map((m) => m.text);
    await until(async () => (await texts()).includes('written while offline'), WAIT, 'the message in history');
    const history = { messages: (await texts()).map((text) => ({ text })) };
    t.is(history.messages.filter((m: { text: string }) => m.text === 'written while offline').length, 1);
    t.is(history.messages.filter((m: { text: string }) => m.text === 'sent while you were away').length, 1);
  } finally {
    for (const c of contexts) await c.close().catch(() => undefined);
  }
});
