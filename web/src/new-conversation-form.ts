// The "+" form: a direct chat by username, or a group (name and comma-separated usernames).
import type { ChatState } from './chat-state.js';
import { h } from './dom.js';

export function newConversationForm(state: ChatState, opened: (id: string) => void): { el: HTMLElement; toggle: () => void } {
  const who = h('input', { placeholder: 'Username(s), comma-separated', 'aria-label': 'Usernames', 'data-testid': 'new-chat-users' });
  const groupName = h('input', { placeholder: 'Group name (for a group)', 'aria-label': 'Group name', 'data-testid': 'new-chat-group' });
  const error = h('div', { class: 'form-error', role: 'alert' });
  const start = h('button', { type: 'submit', class: 'primary', 'data-testid': 'new-chat-start' }, 'Start chat');
  const form = h('form', { class: 'new-chat', hidden: true }, who, groupName, error, start);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const names = who.value.split(',').map((s) => s.trim()).filter(Boolean);
    if (names.length === 0) return;
    error.textContent = '';
    start.disabled = true;
    const making = names.length === 1 && !groupName.value.trim() ? state.startDirect(names[0]!) : state.startGroup(groupName.value.trim() || names.join(', '), names);
    making.then(
      (id) => {
        form.hidden = true;
        who.value = groupName.value = '';
        start.disabled = false;
        opened(id);
      },
      (err: unknown) => {
        error.textContent = err instanceof Error ? err.message : String(err);
        start.disabled = false;
      },
    );
  });
  return {
    el: form,
    toggle: () => {
      form.hidden = !form.hidden;
      if (!form.hidden) who.focus();
    },
  };
}
