import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { PanelState } from './store';
import type { ChatMessage } from './messages';
import type { Strings } from './strings';

interface MessageListProps {
  messages: readonly ChatMessage[];
  greeting: string | null;
  /** True when the conversation being shown was closed by the team. */
  closed: boolean;
  open: PanelState['open'];
  locale: string;
  strings: Strings;
  onRetry: (id: string) => void;
}

/**
 * The conversation log. Message text is only ever rendered as a text node: whatever a
 * shopper or agent types can never become markup in the host page.
 */
export function MessageList({ messages, greeting, closed, open, locale, strings, onRetry }: MessageListProps) {
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
    items.push(<Bubble key={message.id} message={message} locale={locale} strings={strings} />);
    if (message.author === 'visitor' && message.status !== 'sent') {
      items.push(<Delivery key={`status-${message.id}`} message={message} strings={strings} onRetry={onRetry} />);
    }
  });

  return (
    <div class="log" role="log" aria-live="polite" aria-label={strings.messages} ref={log}>
      {greeting ? <p class="message greeting">{greeting}</p> : null}
      {items}
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
  locale: string;
  strings: Strings;
}

function Bubble({ message, locale, strings }: BubbleProps) {
  return (
    <div
      class={`message ${message.author}`}
      data-kotha="message"
      data-author={message.author}
      data-status={message.status}
      data-id={message.id}
      title={message.status === 'sent' ? formatTime(new Date(message.createdAt), locale) : undefined}
    >
      {message.author === 'agent' ? <span class="author">{message.authorName ?? strings.team}</span> : null}
      {message.author === 'visitor' ? <span class="visually-hidden">{`${strings.you}: `}</span> : null}
      <p>{message.text}</p>
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

function formatTime(date: Date, locale: string): string {
  try {
    return date.toLocaleTimeString(locale, { hour: 'numeric', minute: '2-digit' });
  } catch {
    // An invalid data-locale must not break rendering.
    return date.toLocaleTimeString();
  }
}
