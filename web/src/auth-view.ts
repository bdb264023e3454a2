// Sign up and log in. Signing up logs in right after; every login is a new device.
import { ApiError, type Api } from './api.js';
import { h } from './dom.js';
import type { StoredSession } from './session.js';

export function authView(api: Api, onSession: (s: StoredSession) => void): HTMLElement {
  let mode: 'login' | 'signup' = 'login';
  const username = h('input', { name: 'username', autocomplete: 'username', required: true, placeholder: 'Username', 'aria-label': 'Username' });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true, minlength: 8, placeholder: 'Password', 'aria-label': 'Password' });
  const email = h('input', { name: 'email', type: 'email', autocomplete: 'email', placeholder: 'Email', 'aria-label': 'Email' });
  const displayName = h('input', { name: 'display_name', autocomplete: 'name', placeholder: 'Display name (optional)', 'aria-label': 'Display name' });
  const signupOnly = h('div', { class: 'signup-only' }, email, displayName);
  const error = h('p', { class: 'form-error', role: 'alert' });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Log in');
  const loginTab = h('button', { type: 'button', class: 'tab active', onclick: () => setMode('login') }, 'Log in');
  const signupTab = h('button', { type: 'button', class: 'tab', onclick: () => setMode('signup') }, 'Sign up');

  function setMode(m: typeof mode): void {
    mode = m;
    loginTab.classList.toggle('active', m === 'login');
    signupTab.classList.toggle('active', m === 'signup');
    signupOnly.hidden = m === 'login';
    email.required = m === 'signup';
    password.autocomplete = m === 'signup' ? 'new-password' : 'current-password';
    submit.textContent = m === 'login' ? 'Log in' : 'Create account';
    error.textContent = '';
  }

  const form = h('form', { class: 'auth-form', novalidate: false }, username, password, signupOnly, error, submit);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    submit.disabled = true;
    error.textContent = '';
    const name = username.value.trim();
    (async () => {
      if (mode === 'signup') await api.signUp(name, password.value, email.value.trim(), displayName.value.trim());
      const s = await api.logIn(name, password.value);
      onSession({ ...s, username: name });
    })().catch((err: unknown) => {
      error.textContent = err instanceof ApiError ? err.message : 'Something went wrong; try again.';
      submit.disabled = false;
    });
  });
  setMode('login');

  return h(
    'div',
    { class: 'auth' },
    h(
      'div',
      { class: 'auth-card' },
      h('div', { class: 'brand' }, h('span', { class: 'logo' }, 'P'), 'Parley'),
      h('div', { class: 'tabs' }, loginTab, signupTab),
      form,
    ),
  );
}
