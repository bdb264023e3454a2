// Display helpers: times, initials, avatar colours.

export function clockTime(ms: number): string {
  return new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/** "14:05" today, "Mon" this week, else a date. */
export function listTime(ms: number, now = Date.now()): string {
  const d = new Date(ms);
  const today = new Date(now);
  if (d.toDateString() === today.toDateString()) return clockTime(ms);
  if (now - ms < 6 * 24 * 3600_000) return d.toLocaleDateString([], { weekday: 'short' });
  return d.toLocaleDateString();
}

/** The local calendar day of a time, as a key. */
export function dayKey(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}

/** "Today", "Yesterday", or the date. */
export function dayLabel(ms: number, now = Date.now()): string {
  if (dayKey(ms) === dayKey(now)) return 'Today';
  if (dayKey(ms) === dayKey(now - 24 * 3600_000)) return 'Yesterday';
  return new Date(ms).toLocaleDateString([], { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

export function lastSeen(ms: number, now = Date.now()): string {
  if (ms <= 0) return 'offline';
  const d = new Date(ms);
  if (d.toDateString() === new Date(now).toDateString()) return `last seen today at ${clockTime(ms)}`;
  return `last seen ${d.toLocaleDateString()} at ${clockTime(ms)}`;
}

export function initials(name: string): string {
  const parts = name.trim().split(/[\s_]+/).filter(Boolean);
  const letters = parts.length > 1 ? parts[0]![0]! + parts[1]![0]! : name.slice(0, 2);
  return letters.toUpperCase();
}

/** A stable colour per id (from a palette that keeps white initials readable). */
const PALETTE = ['#e0565b', '#d9822b', '#2f9e6e', '#1f8fb3', '#4f6bd8', '#7c5cd6', '#c2508f', '#5f7d8c', '#8f6a3e', '#3c9b9b'];
export function colour(id: string): string {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) >>> 0;
  return PALETTE[h % PALETTE.length]!;
}
