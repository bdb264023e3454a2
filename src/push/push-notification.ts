// What a push says. The collapse key is the conversation: a newer notification for the same
// conversation replaces an older one, in the dispatcher's queue and on the device.

export interface PushNotification {
  /** The recipient. */
  readonly userId: string;
  readonly conversationId: string;
  readonly messageId: string;
  readonly title: string;
  /** A preview of the message, already truncated (see truncatePreview). */
  readonly body: string;
  /** Unread count to show on the app icon, when the caller knows it. */
  readonly badge?: number;
  /** Sound name for APNs / Android; none means silent-by-default on the provider. */
  readonly sound?: string;
  /** Equal to conversationId: providers use it to replace an older notification. */
  readonly collapseKey: string;
  /** Extra key/values for the app. Strings only (FCM refuses anything else). */
  readonly data: Readonly<Record<string, string>>;
  /** How many notifications this one stands for; the dispatcher sets it when it collapses. */
  readonly count?: number;
}

export interface PushNotificationInput {
  userId: string;
  conversationId: string;
  messageId: string;
  title: string;
  /** The full message text; only a preview of it goes out. */
  text: string;
  badge?: number;
  sound?: string;
  data?: Record<string, string>;
}

/** Default preview length, in characters: a lock screen shows about two lines. */
export const PREVIEW_CHARS = 120;

export function pushNotification(input: PushNotificationInput, previewChars = PREVIEW_CHARS): PushNotification {
  return {
    userId: input.userId,
    conversationId: input.conversationId,
    messageId: input.messageId,
    title: truncatePreview(input.title, previewChars),
    body: truncatePreview(input.text, previewChars),
    ...(input.badge === undefined ? {} : { badge: input.badge }),
    ...(input.sound === undefined ? {} : { sound: input.sound }),
    collapseKey: input.conversationId,
    data: { ...input.data, conversation_id: input.conversationId, message_id: input.messageId },
  };
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Whitespace runs become one space; text longer than maxChars graphemes is cut to
 * maxChars - 1 and ends in an ellipsis. Cuts fall between graphemes, so an emoji or an
 * accented letter is never split. Stops reading at the cut, so a 100,000-character message
 * costs no more than a short one.
 */
export function truncatePreview(text: string, maxChars: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxChars) return flat; // UTF-16 units >= graphemes: nothing to cut
  let kept = 0;
  for (const { index, segment } of segmenter.segment(flat)) {
    if (kept === maxChars - 1) {
      // Exactly maxChars graphemes fit without an ellipsis.
      if (index + segment.length === flat.length) return flat;
      return `${flat.slice(0, index).trimEnd()}…`;
    }
    kept++;
  }
  return flat;
}
