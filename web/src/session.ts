// What survives a reload, in localStorage: the signed-in device, and its feed cursor (per
// device, so two accounts in one browser profile never share one), so that a reload resumes
// the feed where this page left it instead of where the server last stored an Ack.
import type { Session } from './api.js';

const SESSION_KEY = 'parley.session';
const cursorKey = (deviceId: string) => `parley.cursor.${deviceId}`;

export interface StoredSession extends Session {
  username: string;
}

export function loadSession(): StoredSession | undefined {
  try {
    const raw = localStorage.getItem(SESSION_KEY);
    const s = raw ? (JSON.parse(raw) as StoredSession) : undefined;
    return s?.token && s.user_id && s.device_id ? s : undefined;
  } catch {
    return undefined;
  }
}

export function saveSession(s: StoredSession): void {
  localStorage.setItem(SESSION_KEY, JSON.stringify(s));
}

export function forgetSession(s: StoredSession | undefined): void {
  localStorage.removeItem(SESSION_KEY);
  if (s) localStorage.removeItem(cursorKey(s.device_id));
}

export function loadCursor(deviceId: string): number | undefined {
  const n = Number(localStorage.getItem(cursorKey(deviceId)));
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

export function saveCursor(deviceId: string, cursor: number | undefined): void {
  if (cursor !== undefined && cursor > 0) localStorage.setItem(cursorKey(deviceId), String(cursor));
}
