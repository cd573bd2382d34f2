/** A conversation as plain text, for the merchant to save or forward; and saving a file. */
import type { Conversation, Message } from '@kotha/common/contract/api.ts';
import { visitorDisplayName } from './visitor-name.ts';
import { t } from './i18n/i18n.ts';

export function transcriptText(conversation: Conversation, messages: readonly Message[], locale: string | undefined, timeZone?: string): string {
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const shopper = visitorDisplayName(conversation);
  // Automatic messages were the shop's, marked as such; older ones carry no name.
  const who = (m: Message) =>
    m.author === 'visitor' ? shopper : m.author === 'agent' ? (m.authorName ?? t('transcript.team')) : t('message.automaticBy', { name: m.authorName ?? t('transcript.team') });
  const head = [
    // The email follows the name, unless it is the name shown (a shopper who gave no name).
    `${t('transcript.title', { name: shopper })}${conversation.visitorEmail && conversation.visitorEmail !== shopper ? ` <${conversation.visitorEmail}>` : ''}`,
    t('transcript.started', { date: when.format(conversation.createdAt), status: t(conversation.status === 'closed' ? 'status.closed' : 'status.open') }),
    '',
  ];
  const body = messages.map((m) => `[${when.format(m.createdAt)}] ${who(m)}: ${m.text}`);
  return `${[...head, ...body].join('\n')}\n`;
}

/** Saves a file through the browser's download, without leaving the page. */
export function saveFile(name: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
