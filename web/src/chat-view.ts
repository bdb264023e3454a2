// The signed-in screen: conversation list on the left, the open conversation on the right.
// Everything is drawn from ChatState; messages are kept as one element per message key, so a
// redraw updates ticks in place instead of rebuilding (and reloading images).
import type { Api } from './api.js';
import type { ChatState } from './chat-state.js';
import type { Conversation, Message, Status } from './model.js';
import { clear, h } from './dom.js';
import { icon } from './icons.js';
import { clockTime, colour, dayKey, dayLabel, initials, lastSeen, listTime } from './format.js';
import { isImage, mediaSupported, mediaUrl, uploadFile, type MediaInfo } from './media.js';
import { newConversationForm } from './new-conversation-form.js';

/** Typing "on" is re-sent this often while the user keeps typing (the server drops repeats within 2 s). */
const TYPING_REFRESH_MS = 3000;
/** No keystroke for this long ends the indicator. */
const TYPING_IDLE_MS = 4000;
/** Scrolling within this many pixels of the top loads older messages. */
const LOAD_OLDER_PX = 120;

const TICKS: Record<Status, string> = { pending: '', sent: '✓', delivered: '✓✓', read: '✓✓', failed: '!' };
const TICK_TITLES: Record<Status, string> = { pending: 'Sending', sent: 'Sent', delivered: 'Delivered', read: 'Read', failed: 'Not sent' };

export function chatView(state: ChatState, api: Api, onLogOut: () => void): HTMLElement {
  const me = state.me;

  // ---------------------------------------------------------------- sidebar
  const connection = h('span', { class: 'connection', 'data-testid': 'connection' });
  const meName = h('div', { class: 'me-name', 'data-testid': 'me' }, me.username);
  const meAvatar = h('div', { class: 'avatar-slot' });
  const list = h('ul', { class: 'conversations', 'data-testid': 'conversations' });
  const newChatForm = newConversationForm(state, (id) => void state.open(id));
  const sidebar = h(
    'aside',
    { class: 'sidebar' },
    h(
      'header',
      { class: 'me' },
      meAvatar,
      h('div', { class: 'me-text' }, meName, connection),
      h('button', { class: 'icon', title: 'New chat', 'aria-label': 'New chat', 'data-testid': 'new-chat', onclick: () => newChatForm.toggle() }, icon('plus')),
      h('button', { class: 'icon', title: 'Log out', 'aria-label': 'Log out', onclick: onLogOut }, icon('logout')),
    ),
    newChatForm.el,
    list,
  );

  // ------------------------------------------------------------------ pane
  const title = h('div', { class: 'pane-title', 'data-testid': 'chat-title' });
  const subtitle = h('div', { class: 'pane-subtitle', 'data-testid': 'chat-subtitle' });
  const headerAvatar = h('div', { class: 'avatar-slot' });
  const messages = h('div', { class: 'messages', 'data-testid': 'messages' });
  const historyTop = h('div', { class: 'history-top' });
  messages.append(historyTop);
  const input = h('textarea', { class: 'composer-input', rows: 1, placeholder: 'Write a message', 'aria-label': 'Message', 'data-testid': 'composer' });
  const fileInput = h('input', { type: 'file', accept: 'image/*', hidden: true });
  const attach = h('button', { type: 'button', class: 'icon attach', title: 'Attach an image', 'aria-label': 'Attach an image', hidden: true, 'data-testid': 'attach' }, icon('attach', 22));
  const sendButton = h('button', { type: 'submit', class: 'send', 'aria-label': 'Send', 'data-testid': 'send' }, icon('send'));
  const uploadNote = h('div', { class: 'upload-note', hidden: true });
  const composer = h('form', { class: 'composer' }, attach, fileInput, input, sendButton);
  const pane = h(
    'main',
    { class: 'pane' },
    h(
      'header',
      { class: 'pane-header' },
      // Narrow screens show one column: back to the list.
      h('button', { class: 'icon back', title: 'Back', 'aria-label': 'Back', onclick: () => void state.open(undefined) }, icon('back')),
      headerAvatar,
      h('div', { class: 'pane-text' }, title, subtitle),
    ),
    messages,
    uploadNote,
    composer,
  );
  const empty = h('main', { class: 'pane empty' }, h('div', { class: 'empty-text' }, h('div', { class: 'logo big' }, 'P'), 'Pick a conversation, or start one with +'));
  const root = h('div', { class: 'chat' }, sidebar, empty);

  // ------------------------------------------------------------- composing
  let typingSentAt = 0;
  let typingIdle: ReturnType<typeof setTimeout> | undefined;
  const stopTyping = () => {
    clearTimeout(typingIdle);
    if (typingSentAt !== 0 && state.openId) state.typing(state.openId, false);
    typingSentAt = 0;
  };
  input.addEventListener('input', () => {
    autoGrow(input);
    if (!state.openId) return;
    if (input.value.trim() === '') return stopTyping();
    if (Date.now() - typingSentAt > TYPING_REFRESH_MS) {
      state.typing(state.openId, true);
      typingSentAt = Date.now();
    }
    clearTimeout(typingIdle);
    typingIdle = setTimeout(stopTyping, TYPING_IDLE_MS);
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && !ev.shiftKey) {
      ev.preventDefault();
      composer.requestSubmit();
    }
  });
  composer.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const text = input.value.trim();
    if (!text || !state.openId) return;
    stopTyping();
    input.value = '';
    autoGrow(input);
    stickToBottom = true;
    void state.send(state.openId, text);
  });
  attach.addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    const convId = state.openId;
    fileInput.value = '';
    if (!file || !convId) return;
    uploadNote.hidden = false;
    uploadNote.textContent = `Uploading ${file.name}…`;
    uploadFile(api, convId, file).then(
      (media) => {
        uploadNote.hidden = true;
        const caption = input.value.trim();
        input.value = '';
        stickToBottom = true;
        void state.send(convId, caption, [media]);
      },
      (err: unknown) => {
        uploadNote.textContent = `Upload failed: ${err instanceof Error ? err.message : String(err)}`;
        setTimeout(() => (uploadNote.hidden = true), 4000);
      },
    );
  });
  void mediaSupported(api).then((yes) => (attach.hidden = !yes));

  // ------------------------------------------------------------- scrolling
  let stickToBottom = true;
  messages.addEventListener('scroll', () => {
    stickToBottom = messages.scrollHeight - messages.scrollTop - messages.clientHeight < 40;
    if (messages.scrollTop < LOAD_OLDER_PX && state.openId) void loadOlder(state.openId);
  });
  async function loadOlder(id: string): Promise<void> {
    const before = messages.scrollHeight - messages.scrollTop;
    const got = await state.loadOlder(id).catch(() => false);
    if (!got || state.openId !== id) return;
    draw();
    // Keep what the user was looking at in place while older messages appear above it.
    messages.scrollTop = messages.scrollHeight - before;
  }

  // ----------------------------------------------------------------- drawing
  let shownId: string | undefined;
  let elements = new Map<string, HTMLElement>();
  const listItems = new Map<string, HTMLElement>();

  function draw(): void {
    const myName = state.users.get(me.user_id)?.display_name || me.username;
    if (meName.textContent !== myName || !meAvatar.firstChild) {
      meName.textContent = myName;
      meAvatar.replaceChildren(avatar(me.user_id, myName));
    }
    connection.textContent = state.connected ? 'online' : 'connecting…';
    connection.classList.toggle('offline', !state.connected);
    drawList();
    const conv = state.openId ? state.conversations.get(state.openId) : undefined;
    if (!conv) {
      if (root.lastChild !== empty) root.replaceChild(empty, pane);
      shownId = undefined;
      return;
    }
    if (root.lastChild !== pane) root.replaceChild(pane, empty);
    if (shownId !== conv.id) {
      shownId = conv.id;
      elements = new Map();
      for (const el of Array.from(messages.children)) if (el !== historyTop) el.remove();
      stickToBottom = true;
      input.focus();
    }
    drawHeader(conv);
    drawMessages(conv);
  }

  function drawList(): void {
    const convs = state.sorted();
    const unread = convs.reduce((n, c) => n + c.unread, 0);
    document.title = unread > 0 ? `(${unread}) Parley` : 'Parley';
    const seen = new Set<string>();
    convs.forEach((c, i) => {
      seen.add(c.id);
      let li = listItems.get(c.id);
      if (!li) {
        li = h('li', { class: 'conv', 'data-conv': c.id, 'data-testid': 'conversation', tabindex: 0 });
        li.addEventListener('click', () => void state.open(c.id));
        li.addEventListener('keydown', (ev) => ev.key === 'Enter' && void state.open(c.id));
        listItems.set(c.id, li);
      }
      fillListItem(li, c);
      if (list.children[i] !== li) list.insertBefore(li, list.children[i] ?? null);
    });
    for (const [id, li] of listItems) if (!seen.has(id)) (li.remove(), listItems.delete(id));
  }

  function fillListItem(li: HTMLElement, c: Conversation): void {
    const name = state.title(c);
    const peer = state.peer(c);
    const online = peer !== undefined && state.presence.get(peer)?.online === true;
    const last = c.last;
    const typers = [...c.typing.keys()];
    let preview: Node | string = '';
    if (typers.length > 0) preview = h('span', { class: 'typing' }, typingText(c, typers));
    else if (last) {
      const mine = last.senderId === me.user_id;
      const who = mine ? 'You: ' : c.type === 'group' ? `${state.displayName(last.senderId)}: ` : '';
      const photo = last.media.length > 0 ? h('span', { class: 'preview-icon' }, icon('image', 14)) : null;
      preview = h('span', {}, mine ? tick(state.status(c, last)) : '', who, photo, last.text || (photo ? 'Photo' : ''));
    }
    clear(li);
    li.classList.toggle('active', c.id === state.openId);
    li.classList.toggle('unread', c.unread > 0);
    li.setAttribute('aria-selected', String(c.id === state.openId));
    li.append(
      avatar(peer ?? c.id, name, online),
      h(
        'div',
        { class: 'conv-main' },
        h('div', { class: 'conv-top' }, h('span', { class: 'conv-name' }, name), h('span', { class: 'conv-time' }, last ? listTime(last.sentAtMs) : '')),
        h(
          'div',
          { class: 'conv-bottom' },
          h('span', { class: 'conv-preview' }, preview),
          c.unread > 0 ? h('span', { class: 'badge', 'data-testid': 'unread' }, String(c.unread)) : null,
        ),
      ),
    );
  }

  function drawHeader(c: Conversation): void {
    const name = state.title(c);
    const peer = state.peer(c);
    title.textContent = name;
    clear(headerAvatar);
    headerAvatar.append(avatar(peer ?? c.id, name, peer !== undefined && state.presence.get(peer)?.online === true));
    const typers = [...c.typing.keys()];
    subtitle.classList.toggle('typing', typers.length > 0);
    if (typers.length > 0) subtitle.textContent = typingText(c, typers);
    else if (peer) {
      const p = state.presence.get(peer);
      subtitle.textContent = p?.online ? 'online' : lastSeen(p?.lastSeenMs ?? 0);
    } else subtitle.textContent = c.memberIds.map((id) => (id === me.user_id ? 'You' : state.displayName(id))).join(', ');
  }

  function typingText(c: Conversation, typers: string[]): string {
    if (c.type === 'direct') return 'typing…';
    const names = typers.map((id) => state.displayName(id));
    return names.length === 1 ? `${names[0]} is typing…` : `${names.join(', ')} are typing…`;
  }

  function drawMessages(c: Conversation): void {
    historyTop.textContent = !c.loaded || c.loadingOlder ? 'Loading…' : c.hasMore ? '' : 'This is the beginning of the conversation';
    const keep = new Set<string>();
    let prev: Element = historyTop;
    let previous: Message | undefined;
    const place = (key: string, make: () => HTMLElement): HTMLElement => {
      keep.add(key);
      let el = elements.get(key);
      if (!el) elements.set(key, (el = make()));
      if (prev.nextElementSibling !== el) prev.after(el);
      prev = el;
      return el;
    };
    for (const m of c.messages) {
      // A divider where the day changes (only once the previous day's messages are loaded).
      const day = dayKey(m.sentAtMs);
      if (previous === undefined ? !c.hasMore : dayKey(previous.sentAtMs) !== day) {
        place(`day:${day}`, () => h('div', { class: 'day' }, h('span', {}, dayLabel(m.sentAtMs))));
      }
      updateMessage(c, m, place(m.key, () => messageElement(c, m)), previous);
      previous = m;
    }
    for (const [key, el] of elements) if (!keep.has(key)) (el.remove(), elements.delete(key));
    if (stickToBottom) messages.scrollTop = messages.scrollHeight;
    // A conversation shorter than the window does not scroll: fetch more until it does, or none are left.
    if (c.loaded && c.hasMore && !c.loadingOlder && messages.scrollHeight <= messages.clientHeight) void loadOlder(c.id);
  }

  function messageElement(c: Conversation, m: Message): HTMLElement {
    const mine = m.senderId === me.user_id;
    const bubble = h('div', { class: 'bubble' });
    if (c.type === 'group' && !mine) bubble.append(h('div', { class: 'sender', style: `color: ${colour(m.senderId)}` }, state.displayName(m.senderId)));
    if (m.media.length > 0) bubble.append(mediaBlock(m.media));
    if (m.text) bubble.append(h('div', { class: 'text' }, m.text));
    bubble.append(h('span', { class: 'meta' }, h('span', { class: 'time' }, clockTime(m.sentAtMs)), mine ? h('span', { class: 'ticks' }) : null));
    return h('div', { class: `msg ${mine ? 'mine' : 'theirs'}`, 'data-testid': 'message', 'data-key': m.key }, bubble);
  }

  function updateMessage(c: Conversation, m: Message, el: HTMLElement, previous: Message | undefined): void {
    el.classList.toggle('grouped', previous !== undefined && previous.senderId === m.senderId && m.sentAtMs - previous.sentAtMs < 5 * 60_000);
    if (m.seq !== undefined) el.dataset.seq = String(m.seq);
    const sender = el.querySelector('.sender');
    if (sender) sender.textContent = state.displayName(m.senderId);
    const ticks = el.querySelector<HTMLElement>('.ticks');
    if (!ticks) return;
    const status = state.status(c, m);
    if (el.dataset.status === status) return;
    el.dataset.status = status;
    ticks.className = `ticks ${status}`;
    ticks.replaceChildren(status === 'pending' ? icon('clock', 11) : TICKS[status]);
    ticks.title = TICK_TITLES[status];
  }

  function mediaBlock(list: MediaInfo[]): HTMLElement {
    const block = h('div', { class: 'media' });
    for (const m of list) {
      if (!isImage(m)) {
        const link = h('a', { class: 'file', href: '#', 'data-media-id': m.media_id }, icon('file', 16), m.filename ?? 'File');
        link.addEventListener('click', (ev) => {
          ev.preventDefault();
          void mediaUrl(api, m.media_id, 'original').then((url) => window.open(url, '_blank', 'noopener'));
        });
        block.append(link);
        continue;
      }
      const img = h('img', { class: 'thumb', alt: m.filename ?? 'image', 'data-media-id': m.media_id, loading: 'lazy' });
      if (m.width && m.height) img.style.aspectRatio = `${m.width} / ${m.height}`;
      // The worker makes the thumbnail and preview a moment after the upload: until then the
      // original stands in (scaled by the page).
      const orOriginal = (variant: 'thumbnail' | 'preview') => mediaUrl(api, m.media_id, variant).catch(() => mediaUrl(api, m.media_id, 'original'));
      void orOriginal('thumbnail').then(
        (url) => (img.src = url),
        () => img.classList.add('broken'),
      );
      img.addEventListener('click', () => void orOriginal('preview').then((url) => window.open(url, '_blank', 'noopener')));
      block.append(img);
    }
    return block;
  }

  // Redraw once per burst of changes.
  let queued = false;
  state.onChange(() => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      draw();
    });
  });
  document.addEventListener('visibilitychange', () => state.visible());
  draw();
  return root;
}

function tick(status: Status): HTMLElement {
  return h('span', { class: `ticks ${status}`, title: TICK_TITLES[status] }, status === 'pending' ? icon('clock', 11) : TICKS[status]);
}

function avatar(id: string, name: string, online = false): HTMLElement {
  return h(
    'div',
    { class: 'avatar', style: `background: ${colour(id)}` },
    initials(name === '…' ? '?' : name),
    online ? h('span', { class: 'presence-dot', title: 'online', 'data-testid': 'online' }) : null,
  );
}

function autoGrow(ta: HTMLTextAreaElement): void {
  ta.style.height = 'auto';
  ta.style.height = `${Math.min(ta.scrollHeight, 160)}px`;
}
