import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { PanelState } from './store';
import type { ChatMessage } from './messages';
import type { Strings } from './strings';
import { linkSegments } from '@kotha/common/links';
import { groupPlace } from './grouping';

interface MessageListProps {
  messages: readonly ChatMessage[];
  greeting: string | null;
  /** True when the conversation being shown was closed by the team. */
  closed: boolean;
  open: PanelState['open'];
  strings: Strings;
  onRetry: (id: string) => void;
  /** The team has read the shopper's messages up to this time: "Seen" under the last one. */
  seenUpTo?: number | null;
  /** An agent writing a reply now. */
  typing?: { name: string | null } | null;
}

/**
 * The conversation log. Message text is only ever rendered as a text node: whatever a
 * shopper or agent types can never become markup in the host page. Texts people wrote get
 * `dir="auto"`: an Arabic reply in an English panel (or the reverse) still reads right.
 */
export function MessageList({ messages, greeting, closed, open, strings, onRetry, seenUpTo = null, typing = null }: MessageListProps) {
  const log = useRef<HTMLDivElement>(null);
  const last = messages.at(-1);

  // Keep the newest message in view as messages arrive and whenever the panel opens.
  useLayoutEffect(() => {
    const element = log.current;
    if (element && open) element.scrollTop = element.scrollHeight;
  }, [last?.id, last?.status, messages.length, open, closed]);

  const items: ComponentChildren[] = [];
  messages.forEach((message, index) => {
    const previous = messages[index - 1];
    if (previous && previous.conversationId !== message.conversationId) {
      items.push(
        <p class="notice" key={`divider-${message.id}`}>
          {strings.newConversation}
        </p>,
      );
    }
    const place = groupPlace(messages, index);
    items.push(<Bubble key={message.id} message={message} strings={strings} named={place.first} />);
    if (message.author === 'visitor' && message.status !== 'sent') {
      items.push(<Delivery key={`status-${message.id}`} message={message} strings={strings} onRetry={onRetry} />);
    } else if (place.last) {
      const at = new Date(message.createdAt);
      items.push(
        <time key={`time-${message.id}`} class={`meta ${message.author}`} dateTime={at.toISOString()}>
          {strings.time(at)}
        </time>,
      );
    }
  });
  const lastMine = last?.author === 'visitor' && last.status === 'sent' ? last : null;
  const seenAt = lastMine && seenUpTo !== null && lastMine.createdAt <= seenUpTo ? lastMine : null;

  return (
    <div class="log" role="log" aria-live="polite" aria-label={strings.messages} ref={log}>
      {greeting ? (
        <p class="message greeting" dir="auto">
          {greeting}
        </p>
      ) : null}
      {items}
      {seenAt ? (
        <span class="meta" data-kotha="seen">
          {strings.seen}
        </span>
      ) : null}
      {typing ? (
        <p class="meta typing" data-kotha="typing" aria-live="off">
          {strings.typing(typing.name ?? strings.team)}
        </p>
      ) : null}
      {closed ? (
        <p class="notice" data-kotha="closed-notice">
          {strings.closed}
        </p>
      ) : null}
    </div>
  );
}

interface BubbleProps {
  message: ChatMessage;
  strings: Strings;
  /** The first of its group: the author is named. */
  named: boolean;
}

function Bubble({ message, strings, named }: BubbleProps) {
  return (
    <div
      class={`message ${message.author}`}
      data-kotha="message"
      data-author={message.author}
      data-status={message.status}
      data-id={message.id}
      title={message.status === 'sent' ? strings.time(new Date(message.createdAt)) : undefined}
    >
      {message.author === 'agent' && named ? (
        <span class="author" dir={message.authorName ? 'auto' : undefined}>
          {message.authorPhotoUrl ? <img class="avatar" src={message.authorPhotoUrl} alt="" width={20} height={20} loading="lazy" referrerpolicy="no-referrer" /> : null}
          {message.authorName ?? strings.team}
        </span>
      ) : null}
      {message.author === 'visitor' ? <span class="visually-hidden">{`${strings.you} `}</span> : null}
      <p dir="auto">
        {linkSegments(message.text).map((segment, index) =>
          'href' in segment ? (
            <a key={index} href={segment.href} target="_blank" rel="noopener noreferrer nofollow">
              {segment.text}
            </a>
          ) : (
            segment.text
          ),
        )}
      </p>
    </div>
  );
}

interface DeliveryProps {
  message: ChatMessage;
  strings: Strings;
  onRetry: (id: string) => void;
}

/** The delivery line under one of the shopper's unconfirmed messages. */
function Delivery({ message, strings, onRetry }: DeliveryProps) {
  if (message.status === 'sending') return <span class="meta">{strings.sending}</span>;
  return (
    <span class="meta failed">
      {strings.failed}
      <button type="button" class="link-button" data-kotha="retry" onClick={() => onRetry(message.id)}>
        {strings.retry}
      </button>
    </span>
  );
}
