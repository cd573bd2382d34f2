import { Text, TextButton } from 'wix-style-react';
import type { Message, Note } from '@kotha/common/contract/api.ts';
import type { HelpTrail } from '@kotha/common/contract/help.ts';
import type { TextKey } from '../i18n/en.ts';
import { formatClockTime, formatFullTime } from '../relative-time.ts';
import type { PendingReply } from '../thread.ts';
import { linkSegments } from '@kotha/common/links.ts';
import { t } from '../i18n/i18n.ts';
import { ExternalLink } from './ExternalLink.tsx';

export interface MessageItemProps {
  message: Message;
  visitorName: string;
  locale: string | undefined;
  /** The shopper has seen this reply (shown under the team's newest one). */
  seen?: boolean;
}

function authorLabel(message: Message, visitorName: string): string {
  if (message.author === 'visitor') return visitorName;
  if (message.author === 'agent') return message.authorName?.trim() || t('message.you');
  // Automatic messages speak for the shop, under its name: plainly marked, never "Kotha".
  const team = message.authorName?.trim();
  return team ? t('message.automaticBy', { name: team }) : t('message.automatic');
}

/**
 * A stored message. Its text is rendered as text (React escapes it), never as HTML, in its
 * own direction (`dir="auto"`): an English message reads right in a Hebrew dashboard.
 */
export function MessageItem({ message, visitorName, locale, seen = false }: MessageItemProps) {
  return (
    <li
      className={`kotha-message kotha-message--${message.author}`}
      data-hook="message"
      data-author={message.author}
      data-message-id={message.id}
      data-state="sent"
    >
      <div className="kotha-bubble" dir="auto">
        {linkSegments(message.text).map((segment, index) =>
          'href' in segment ? (
            <ExternalLink key={index} href={segment.href}>
              {segment.text}
            </ExternalLink>
          ) : (
            segment.text
          ),
        )}
      </div>
      {message.help ? <HelpTrailNote trail={message.help} /> : null}
      <div className="kotha-message-meta">
        <Text size="tiny" secondary>
          {authorLabel(message, visitorName)} ·{' '}
          <time dateTime={new Date(message.createdAt).toISOString()} title={formatFullTime(message.createdAt, locale)}>
            {formatClockTime(message.createdAt, locale)}
          </time>
          {seen ? <span data-hook="seen"> · {t('message.seen')}</span> : null}
        </Text>
      </div>
    </li>
  );
}

const REASONS: Record<HelpTrail['reason'], TextKey> = {
  'not-helped': 'message.helpTrailNotHelped',
  'talk-to-person': 'message.helpTrailPerson',
  order: 'message.helpTrailOrder',
};

/** What the shopper tried before writing: the articles they read (helped or not) and the order they asked about. Titles are text. */
function HelpTrailNote({ trail }: { trail: HelpTrail }) {
  const vote = (helped: boolean | null) => (helped === true ? t('message.helpTrailHelped') : helped === false ? t('message.helpTrailDidNotHelp') : null);
  return (
    <div className="kotha-help-trail" data-hook="help-trail">
      <Text size="tiny" weight="bold">
        {t('message.helpTrail')} · {t(REASONS[trail.reason])}
      </Text>
      {trail.articles.length || trail.orderNumber ? (
        <ul>
          {trail.articles.map((article) => (
            <li key={article.id}>
              <Text size="tiny" secondary>
                <span dir="auto">{article.title}</span>
                {vote(article.helped) ? ` · ${vote(article.helped)}` : ''}
              </Text>
            </li>
          ))}
          {trail.orderNumber ? (
            <li>
              <Text size="tiny" secondary>{t('message.helpTrailOrderNumber', { number: trail.orderNumber })}</Text>
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}

export interface PendingItemProps {
  reply: PendingReply;
  onRetry(id: string): void;
  onDiscard(id: string): void;
}

/** An agent reply not yet stored: "Sending…", or why it failed with Retry (same id) and Discard. */
export function PendingItem({ reply, onRetry, onDiscard }: PendingItemProps) {
  const failed = reply.status === 'failed';
  return (
    <li
      className={`kotha-message kotha-message--agent kotha-message--${reply.status}`}
      data-hook="message"
      data-author="agent"
      data-message-id={reply.id}
      data-state={reply.status}
      aria-busy={failed ? undefined : true}
    >
      <div className="kotha-bubble" dir="auto">{reply.text}</div>
      <div className="kotha-message-meta">
        {failed ? (
          <span className="kotha-failed" role="alert">
            <Text size="tiny" skin="error">
              {t('message.notSent', { reason: reply.error ?? t('message.unknownError') })}
            </Text>{' '}
            <TextButton size="tiny" dataHook="retry" onClick={() => onRetry(reply.id)} ariaLabel={t('message.retryLabel')}>
              {t('message.retry')}
            </TextButton>{' '}
            <TextButton size="tiny" skin="dark" dataHook="discard" onClick={() => onDiscard(reply.id)} ariaLabel={t('message.discardLabel')}>
              {t('message.discard')}
            </TextButton>
          </span>
        ) : (
          <Text size="tiny" secondary>
            {t('message.sending')}
          </Text>
        )}
      </div>
    </li>
  );
}

/** A private note: the team's eyes only, set apart from the conversation with the shopper. */
export function NoteItem({ note, locale }: { note: Note; locale: string | undefined }) {
  return (
    <li className="kotha-message kotha-message--note" data-hook="note" data-note-id={note.id}>
      <div className="kotha-bubble">
        <span className="kotha-note-label">{t('message.noteLabel')}</span>
        <span className="kotha-note-text" dir="auto">{note.text}</span>
      </div>
      <div className="kotha-message-meta">
        <Text size="tiny" secondary>
          <time dateTime={new Date(note.createdAt).toISOString()} title={formatFullTime(note.createdAt, locale)}>
            {formatClockTime(note.createdAt, locale)}
          </time>
        </Text>
      </div>
    </li>
  );
}
