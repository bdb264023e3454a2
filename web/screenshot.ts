// Makes docs/screenshot.png: Alice and Bob chatting, each in their own browser, side by side.
// Starts its own server (isolated prefix, schema and key prefix, removed afterwards) with a
// freshly built bundle, seeds a few conversations over REST, then chats through the UI.
//   node --import=tsx web/screenshot.ts [out.png]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { Api, type Session } from '../test/helpers/api.js';
import { launchBrowser } from '../test/helpers/browser.js';
import { cleanup, startServer, testConfig } from '../test/helpers/env.js';
import { buildWeb } from './build.js';

const out = resolve(process.argv[2] ?? fileURLToPath(new URL('../docs/screenshot.png', import.meta.url)));
const PASSWORD = 'correct horse battery';
const dir = await mkdtemp(join(tmpdir(), 'parley-shot-'));
await buildWeb(join(dir, 'dist'));
const server = await startServer(testConfig({ WEB_DIR: join(dir, 'dist'), RECEIPT_FLUSH_MS: '200' }));
const browser = await launchBrowser();
try {
  const api = new Api(server.http);
  const user = async (username: string, display: string): Promise<Session> => {
    await api.ok('POST', '/v1/users', { username, password: PASSWORD, email: `${username}@example.com`, display_name: display });
    return api.login(username, PASSWORD);
  };
  const [alice, bob, carol, dan] = [await user('alice', 'Alice Martin'), await user('bob', 'Bob Chen'), await user('carol', 'Carol Diaz'), await user('dan', 'Dan Okafor')];
  const post = (s: Session, id: string, text: string) => api.ok('POST', `/v1/conversations/${id}/messages`, { text }, s.token);

  const trip = (await api.ok('POST', '/v1/conversations', { type: 'group', name: 'Weekend trip', participant_ids: [alice.user_id, bob.user_id] }, dan.token)).conversation_id;
  await post(dan, trip, 'I booked the cabin for Saturday!');
  await post(bob, trip, 'Nice, I will bring the board games');
  const withCarol = await api.direct(carol, alice);
  await post(carol, withCarol, 'Can you send me the slides from today?');
  await post(carol, withCarol, 'No rush, tomorrow is fine');
  const chat = await api.direct(alice, bob);
  await post(bob, chat, 'Morning! Did you see the new build?');
  await post(alice, chat, 'Yes, the web client works in the browser now!');
  await post(bob, chat, 'Sent, delivered and read ticks too?');

  const open = async (username: string): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 860, height: 620 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(server.http + '/');
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).last().click();
    await page.getByTestId('connection').filter({ hasText: 'online' }).waitFor();
    return page;
  };
  const alicePage = await open('alice');
  const bobPage = await open('bob');
  const say = async (page: Page, text: string) => {
    await page.getByTestId('composer').fill(text);
    await page.getByTestId('composer').press('Enter');
  };
  const message = (page: Page, text: string) => page.getByTestId('message').filter({ hasText: text });

  await alicePage.locator('.conv-name').getByText('Bob Chen', { exact: true }).click();
  await bobPage.locator('.conv-name').getByText('Alice Martin', { exact: true }).click();
  await say(alicePage, 'Yes: one tick when it is stored, two when your device has it, blue once you read it.');
  await message(alicePage, 'blue once you read it').and(alicePage.locator('[data-status="read"]')).waitFor();
  await say(bobPage, 'Love it. Typing indicators and presence as well?');
  await message(alicePage, 'Typing indicators').waitFor();
  await say(alicePage, 'Both. And a reload picks up right where it left off.');
  await message(alicePage, 'picks up right where').and(alicePage.locator('[data-status="read"]')).waitFor();
  await bobPage.getByTestId('composer').pressSequentially('Ship it');
  await alicePage.getByTestId('chat-subtitle').filter({ hasText: 'typing' }).waitFor();
  await alicePage.getByTestId('chat-subtitle').filter({ hasText: 'typing' }).waitFor();

  // Side by side on one canvas, each labelled.
  const [a, b] = await Promise.all([alicePage.screenshot(), bobPage.screenshot()]);
  const canvas = await (await browser.newContext({ viewport: { width: 1760, height: 680 } })).newPage();
  const img = (buf: Buffer, label: string) =>
    `<figure><figcaption>${label}</figcaption><img src="data:image/png;base64,${buf.toString('base64')}"></figure>`;
  await canvas.setContent(
    `<style>body{margin:0;background:#dfe3ea;display:flex;gap:20px;padding:12px 10px 14px;font:600 14px system-ui,sans-serif;color:#4a5263}
     figure{margin:0}figcaption{margin:0 0 6px 4px}img{display:block;border-radius:10px;box-shadow:0 6px 24px rgb(0 0 0/.18)}</style>` +
      img(a, 'Alice, in one browser') +
      img(b, 'Bob, in another'),
  );
  await canvas.screenshot({ path: out, fullPage: true });
  console.log(`screenshot: ${out}`);
} finally {
  await browser.close();
  await server.running.close();
  await cleanup(server.config);
  await rm(dir, { recursive: true, force: true });
}
