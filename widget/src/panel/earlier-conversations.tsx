/**
 * The shopper's ended conversations, to look back at: a list under a button at the top of
 * the panel; one opens read-only, with a way back to the chat.
 */
import { useState } from 'preact/hooks';
import type { Message, VisitorConversation } from '@kotha/common/contract/api';
import { confirmed } from './messages';
import { MessageList } from './message-list';
import type { Strings } from './strings';

interface EarlierProps {
  past: readonly VisitorConversation[];
  strings: Strings;
  load: (conversationId: string) => Promise<Message[]>;
  /** While one is open, the panel shows it instead of the chat. */
  onViewing: (viewing: boolean) => void;
}

export function EarlierConversations({ past, strings, load, onViewing }: EarlierProps) {
  const [listOpen, setListOpen] = useState(false);
  const [viewing, setViewing] = useState<Message[] | null>(null);
  if (past.length === 0) return null;
  const date = new Intl.DateTimeFormat(strings.locale, { dateStyle: 'medium' });
  const close = () => {
    setViewing(null);
    onViewing(false);
  };

  if (viewing) {
    return (
      <div class="earlier-view" data-kotha="earlier-view">
        <button type="button" class="link-button" data-kotha="back-to-chat" onClick={close}>
          {strings.backToChat}
        </button>
        <MessageList messages={viewing.map(confirmed)} greeting={null} closed={false} open strings={strings} onRetry={() => undefined} />
      </div>
    );
  }
  return (
    <div class="earlier" data-kotha="earlier">
      <button type="button" class="link-button" aria-expanded={listOpen} data-kotha="earlier-toggle" onClick={() => setListOpen(!listOpen)}>
        {strings.earlierConversations} ({strings.number(past.length)})
      </button>
      {listOpen ? (
        <ul>
          {past.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                class="earlier-item"
                data-kotha="earlier-item"
                onClick={() =>
                  void load(c.id).then((messages) => {
                    setViewing(messages);
                    onViewing(true);
                  }, () => undefined)
                }
              >
                <span>{date.format(c.updatedAt)}</span> <span dir="auto">{c.lastMessageText ?? ''}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
