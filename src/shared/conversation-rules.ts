// The membership rules of a conversation as a pure fold over its events. The conversation
// projector folds the log with them (the authority: a replay decides the same way), and the
// commands ask the same questions of the read model first, to answer a client with a clear
// error instead of publishing an event the fold would drop.
import {
  pb,
  type ConversationCreated,
  type ConversationRenamed,
  type Event,
  type MemberRemoved,
  type MemberRoleChanged,
  type MembersAdded,
} from './events.js';

export const Kind = { direct: pb.ConversationKind.CONVERSATION_KIND_DIRECT, group: pb.ConversationKind.CONVERSATION_KIND_GROUP } as const;
export const Role = { member: pb.MemberRole.MEMBER_ROLE_MEMBER, admin: pb.MemberRole.MEMBER_ROLE_ADMIN } as const;

export interface MemberState {
  role: number;
  /** The conversation seq of the event that made the user a member. */
  joinedSeq: number;
  /** Receipt watermarks: a device of the user stored / the user read everything up to here. */
  deliveredSeq: number;
  readSeq: number;
}

/** A member who joins at seq: nothing before the join counts as undelivered or unread. */
export function joinedAt(role: number, seq: number): MemberState {
  return { role, joinedSeq: seq, deliveredSeq: seq, readSeq: seq };
}

export interface ConversationState {
  kind: number;
  /** 0: no limit beyond the pair (direct conversations). */
  memberLimit: number;
  shareHistory: boolean;
  /** Over this many members the group is large: no per-member feed copies (0: no limit). */
  copyLimit: number;
  /** Where the group became large (0: it is not). Sticky: a large group stays large. */
  largeSince: number;
  members: Map<string, MemberState>;
  /** Member ids, sorted: the fixed order of feed fan-out. Rebuilt on every change. */
  ids: readonly string[];
}

/** Why the fold refuses a membership event; the commands map these to API errors. */
export type Refusal = 'not_group' | 'not_member' | 'not_admin' | 'member_limit' | 'no_such_member' | 'last_admin' | 'bad_event';

export interface MemberChange {
  userId: string;
  /** The member's state after the event; undefined: no longer a member. */
  member: MemberState | undefined;
}

export interface Outcome {
  /** Whose feeds get the event: the members after it, and anyone it removed. Sorted. */
  recipients: readonly string[];
  changes: MemberChange[];
  rename?: string;
}

export interface Settings {
  kind: number;
  memberLimit: number;
  shareHistory: boolean;
  copyLimit: number;
  largeSince: number;
}

export function stateOf(settings: Settings, members: Map<string, MemberState>): ConversationState {
  return { ...settings, members, ids: [...members.keys()].sort() };
}

/**
 * A large group's members follow the conversation; nobody gets feed copies of its messages.
 * A group becomes large where it first has more members than its copy limit and stays so:
 * switching back would make a device's two sources of the group's messages overlap.
 */
export function isLarge(state: ConversationState): boolean {
  return state.largeSince > 0;
}

function markLarge(state: ConversationState, seq: number): void {
  if (state.largeSince === 0 && state.copyLimit > 0 && state.members.size > state.copyLimit) state.largeSince = seq;
}

/** The state a ConversationCreated starts, or undefined if the event is not a valid start. */
export function created(e: ConversationCreated, conversationId: string, seq: number): ConversationState | undefined {
  const ids = new Set(e.memberIds);
  if (e.conversationId !== conversationId || ids.size === 0) return undefined;
  const members = new Map<string, MemberState>();
  if (e.kind === Kind.group) {
    if (!ids.has(e.createdBy) || (e.memberLimit > 0 && ids.size > e.memberLimit)) return undefined;
    const admins = new Set(e.adminIds.length > 0 ? e.adminIds : [e.createdBy]);
    for (const id of ids) members.set(id, joinedAt(admins.has(id) ? Role.admin : Role.member, seq));
    const state = stateOf({ kind: Kind.group, memberLimit: e.memberLimit, shareHistory: e.shareHistory, copyLimit: e.copyLimit, largeSince: 0 }, members);
    markLarge(state, seq);
    return state;
  }
  if (ids.size !== 2) return undefined;
  for (const id of ids) members.set(id, joinedAt(Role.member, seq));
  return stateOf({ kind: Kind.direct, memberLimit: 0, shareHistory: true, copyLimit: 0, largeSince: 0 }, members);
}

function isAdmin(state: ConversationState, userId: string): boolean {
  return state.members.get(userId)?.role === Role.admin;
}

/** The reason the event would be refused in this state; undefined if it applies. */
export function refusal(state: ConversationState, event: Event): Refusal | undefined {
  if (state.kind !== Kind.group) return 'not_group';
  switch (event.body) {
    case 'membersAdded': {
      const e = event.membersAdded as MembersAdded;
      if (!state.members.has(e.byUserId)) return 'not_member';
      if (!isAdmin(state, e.byUserId)) return 'not_admin';
      if (e.userIds.length === 0) return 'bad_event';
      const added = new Set(e.userIds.filter((id) => !state.members.has(id)));
      if (state.memberLimit > 0 && state.members.size + added.size > state.memberLimit) return 'member_limit';
      return undefined;
    }
    case 'memberRemoved': {
      const e = event.memberRemoved as MemberRemoved;
      if (!state.members.has(e.byUserId)) return 'not_member';
      if (!state.members.has(e.userId)) return 'no_such_member';
      if (e.byUserId !== e.userId && !isAdmin(state, e.byUserId)) return 'not_admin';
      return undefined;
    }
    case 'conversationRenamed': {
      const e = event.conversationRenamed as ConversationRenamed;
      if (!state.members.has(e.byUserId)) return 'not_member';
      return isAdmin(state, e.byUserId) ? undefined : 'not_admin';
    }
    case 'memberRoleChanged': {
      const e = event.memberRoleChanged as MemberRoleChanged;
      if (!state.members.has(e.byUserId)) return 'not_member';
      if (!isAdmin(state, e.byUserId)) return 'not_admin';
      if (!state.members.has(e.userId)) return 'no_such_member';
      if (e.role !== Role.admin && e.role !== Role.member) return 'bad_event';
      if (e.role === Role.member && isAdmin(state, e.userId) && admins(state).length === 1) return 'last_admin';
      return undefined;
    }
    default:
      return 'bad_event';
  }
}

function admins(state: ConversationState): string[] {
  return [...state.members].filter(([, m]) => m.role === Role.admin).map(([id]) => id);
}

/**
 * Applies a membership event to the state (in place) and says what changed, or returns
 * undefined (state untouched) if the rules refuse it.
 */
export function evolve(state: ConversationState, event: Event, seq: number): Outcome | undefined {
  if (refusal(state, event) !== undefined) return undefined;
  const changes: MemberChange[] = [];
  const set = (userId: string, member: MemberState | undefined) => {
    if (member) state.members.set(userId, member);
    else state.members.delete(userId);
    changes.push({ userId, member });
  };
  const removed: string[] = [];
  let rename: string | undefined;
  switch (event.body) {
    case 'membersAdded':
      for (const id of new Set((event.membersAdded as MembersAdded).userIds)) {
        if (!state.members.has(id)) set(id, joinedAt(Role.member, seq));
      }
      break;
    case 'memberRemoved': {
      const userId = (event.memberRemoved as MemberRemoved).userId;
      set(userId, undefined);
      removed.push(userId);
      if (state.members.size > 0 && admins(state).length === 0) {
        // Someone must be able to administer the group: the longest-standing member.
        const [heir] = [...state.members].sort(([a, x], [b, y]) => x.joinedSeq - y.joinedSeq || (a < b ? -1 : 1));
        if (heir) set(heir[0], { ...heir[1], role: Role.admin });
      }
      break;
    }
    case 'conversationRenamed':
      rename = (event.conversationRenamed as ConversationRenamed).name;
      break;
    case 'memberRoleChanged': {
      const e = event.memberRoleChanged as MemberRoleChanged;
      set(e.userId, { ...state.members.get(e.userId)!, role: e.role });
      break;
    }
  }
  if (changes.length > 0) state.ids = [...state.members.keys()].sort();
  markLarge(state, seq);
  const recipients = removed.length > 0 ? [...state.ids, ...removed].sort() : state.ids;
  return { recipients, changes, ...(rename !== undefined ? { rename } : {}) };
}

/** Membership events are those that evolve() understands. */
export function isMembershipEvent(event: Event): boolean {
  return (
    event.body === 'membersAdded' ||
    event.body === 'memberRemoved' ||
    event.body === 'conversationRenamed' ||
    event.body === 'memberRoleChanged'
  );
}

export interface Range {
  from: number;
  to: number;
}

/** How a receipt moved a member's watermarks; a range is (from, to]. */
export interface ReceiptAdvance {
  delivered?: Range;
  read?: Range;
}

/**
 * Moves a member's receipt watermarks (in place). A watermark never moves backwards and never
 * past the receipt's own position (nothing after it exists yet); a read is also a delivery.
 * Undefined: the receipt changes nothing (not a member, or not forward).
 */
export function receipt(state: ConversationState, userId: string, kind: 'delivered' | 'read', upToSeq: number, seq: number): ReceiptAdvance | undefined {
  const m = state.members.get(userId);
  if (!m) return undefined;
  const to = Math.min(upToSeq, seq - 1);
  const advance: ReceiptAdvance = {};
  if (kind === 'read' && to > m.readSeq) {
    advance.read = { from: m.readSeq, to };
    m.readSeq = to;
  }
  if (to > m.deliveredSeq) {
    advance.delivered = { from: m.deliveredSeq, to };
    m.deliveredSeq = to;
  }
  return advance.read || advance.delivered ? advance : undefined;
}
