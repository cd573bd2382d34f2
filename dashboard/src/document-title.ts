import { t } from './i18n/i18n.ts';

/** The page title, with the unread count first so it shows in a narrow tab. */
export function inboxTitle(unreadTotal: number): string {
  return unreadTotal > 0 ? t('inbox.documentTitleUnread', { count: unreadTotal }) : t('inbox.documentTitle');
}
