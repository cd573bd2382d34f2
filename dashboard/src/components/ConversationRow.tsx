import { Avatar, Badge, CounterBadge, Text } from 'wix-style-react';
import type { Conversation } from '@kotha/common/contract/api.ts';
import type { Agent, Label } from '@kotha/common/contract/team.ts';
import { formatFullTime, formatRelativeTime } from '../relative-time.ts';
import { visitorDisplayName } from '../visitor-name.ts';
import { t } from '../i18n/i18n.ts';

export interface ConversationRowProps {
  conversation: Conversation;
  labels: Label[];
  agents: Agent[];
  /** Who is typing in it now, if anyone. */
  typing?: string;
  selected: boolean;
  now: number;
  locale: string | undefined;
  onSelect(conversationId: string): void;
}

const AVATAR_COLORS = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6'] as const;

/** The same visitor always gets the same avatar colour. */
function avatarColor(visitorId: string): (typeof AVATAR_COLORS)[number] {
  let hash = 0;
  for (const char of visitorId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return AVATAR_COLORS[hash % AVATAR_COLORS.length] ?? 'A1';
}

function preview(conversation: Conversation): string {
  const text = conversation.lastMessageText?.trim();
  if (!text) return t('row.noMessages');
  if (conversation.lastMessageAuthor === 'agent') return t('row.youWrote', { text });
  // Automatic messages no longer change the preview; chats from before still may: marked, never the shopper's words.
  if (conversation.lastMessageAuthor === 'system') return t('row.automatic', { text });
  return text;
}

/** One conversation in the list: who, what was said last, when, and how much is unread. */
export function ConversationRow({ conversation, labels, agents, typing, selected, now, locale, onSelect }: ConversationRowProps) {
  const name = visitorDisplayName(conversation);
  const rowLabels = labels.filter((l) => conversation.labels.includes(l.id));
  const assignee = conversation.assigneeUid ? agents.find((a) => a.uid === conversation.assigneeUid)?.displayName ?? t('row.teammate') : null;
  const unread = conversation.unreadByAgent;
  const when = formatRelativeTime(conversation.updatedAt, now, locale);
  return (
    <li>
      <button
        type="button"
        className={`kotha-row${selected ? ' kotha-row--selected' : ''}${unread > 0 ? ' kotha-row--unread' : ''}`}
        data-hook="conversation-row"
        data-conversation-id={conversation.id}
        data-status={conversation.status}
        data-unread={unread}
        aria-current={selected ? 'true' : undefined}
        onClick={() => onSelect(conversation.id)}
      >
        <span className="kotha-row-avatar" aria-hidden="true">
          <Avatar name={name} size="size36" color={avatarColor(conversation.visitorId)} />
        </span>
        <span className="kotha-row-body">
          <span className="kotha-row-line">
            <span className="kotha-row-name" dir="auto">
              <Text size="medium" weight={unread > 0 ? 'bold' : 'normal'} ellipsis showTooltip={false}>
                {name}
              </Text>
            </span>
            <span className="kotha-row-time" title={formatFullTime(conversation.updatedAt, locale)}>
              <Text size="tiny" secondary>
                {when}
              </Text>
            </span>
          </span>
          <span className="kotha-row-line">
            <span className="kotha-row-preview" dir="auto">
              <Text size="small" secondary={unread === 0} ellipsis showTooltip={false}>
                {typing ? <em data-hook="row-typing">{t('typing.isTyping', { name: typing })}</em> : preview(conversation)}
              </Text>
            </span>
            {conversation.status !== 'open' ? (
              <Badge size="tiny" skin={conversation.status === 'snoozed' ? 'warningLight' : 'neutralLight'} uppercase={false}>
                {t(conversation.status === 'snoozed' ? 'status.snoozed' : 'status.closed')}
              </Badge>
            ) : null}
            {unread > 0 ? (
              <>
                <span aria-hidden="true">
                  <CounterBadge skin="general" size="small" dataHook="unread-count">
                    {unread}
                  </CounterBadge>
                </span>
                <span className="kotha-sr-only">{t('inbox.unread', { count: unread })}</span>
              </>
            ) : null}
          </span>
          {rowLabels.length > 0 || assignee ? (
            <span className="kotha-row-line kotha-row-tags">
              {rowLabels.map((label) => (
                <span key={label.id} className="kotha-label-chip" data-hook="row-label">
                  <span className="kotha-label-dot" style={{ background: label.color }} aria-hidden="true" />
                  {label.name}
                </span>
              ))}
              {assignee ? (
                <span className="kotha-row-assignee" data-hook="row-assignee">
                  <Text size="tiny" secondary>
                    → {assignee}
                  </Text>
                </span>
              ) : null}
            </span>
          ) : null}
        </span>
      </button>
    </li>
  );
}
