// The Parley web client: the log-in screen, or the chat once a device is signed in. The
// session and the feed cursor live in localStorage, so a reload resumes where it was.
import { Api, ApiError } from './api.js';
import { authView } from './auth-view.js';
import { ChatState } from './chat-state.js';
import { chatView } from './chat-view.js';
import { forgetSession, loadCursor, loadSession, saveSession, type StoredSession } from './session.js';

const app = document.getElementById('app')!;
const api = new Api();
const wsUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/v1/ws`;
let state: ChatState | undefined;

function showAuth(): void {
  api.token = '';
  document.title = 'Parley';
  app.replaceChildren(
    authView(api, (s) => {
      saveSession(s);
      void showChat(s);
    }),
  );
}

async function showChat(session: StoredSession): Promise<void> {
  api.token = session.token;
  const chat = new ChatState(api, session, wsUrl, loadCursor(session.device_id));
  state = chat;
  // Close codes 4000-4099: this token will not work again (expired, revoked).
  chat.client.on('close', ({ code }) => {
    if (code >= 4000 && code < 4100) signOut(false);
  });
  app.replaceChildren(chatView(chat, api, () => signOut(true)));
  try {
    await chat.start();
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) signOut(false);
    else console.error('parley: start failed', err);
  }
}

function signOut(revoke: boolean): void {
  const session = loadSession();
  state?.close();
  state = undefined;
  if (revoke && session) void api.logOut(session).catch(() => undefined);
  forgetSession(session);
  showAuth();
}

// Leaving the page: store the cursor and close the socket cleanly (the user goes offline at once).
window.addEventListener('pagehide', () => state?.close());

const session = loadSession();
if (session) void showChat(session);
else showAuth();
