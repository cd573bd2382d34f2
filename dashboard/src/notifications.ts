/**
 * Never miss a chat: a sound and a desktop notification when a shopper writes in a
 * conversation that is not on screen. Permission is asked only when the agent clicks
 * "Turn on", never on page load.
 */
import type { InboxEvent } from '@kotha/common/contract/api.ts';
import { visitorDisplayName } from './visitor-name.ts';
import { t } from './i18n/i18n.ts';

export interface Alert {
  title: string;
  body: string;
  /** One notification per conversation: a newer one replaces it. */
  tag: string;
  conversationId: string;
}

/** What to tell the agent about an event, or null when it needs no alert. */
export function alertFor(event: InboxEvent, onScreen: boolean): Alert | null {
  if (event.type !== 'message.created' || event.message.author !== 'visitor' || onScreen) return null;
  const name = visitorDisplayName(event.conversation);
  const isNew = event.conversation.messageCount <= 1;
  const text = event.message.text.replace(/\s+/g, ' ').trim();
  return {
    title: isNew ? t('notify.newChat', { name }) : t('notify.wrote', { name }),
    body: Array.from(text).length > 120 ? `${Array.from(text).slice(0, 119).join('')}…` : text,
    tag: `kotha-${event.conversationId}`,
    conversationId: event.conversationId,
  };
}

const SOUND_KEY = 'kotha.sound';

export function soundEnabled(): boolean {
  try {
    return localStorage.getItem(SOUND_KEY) !== 'off';
  } catch {
    return true;
  }
}

export function setSoundEnabled(on: boolean): void {
  try {
    localStorage.setItem(SOUND_KEY, on ? 'on' : 'off');
  } catch {
    // Storage blocked (private mode): the choice lasts for this page only.
  }
}

export type NotificationState = 'unsupported' | NotificationPermission;

export function notificationState(): NotificationState {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/** Shows the alert as a desktop notification; clicking it brings the conversation up. */
export function showNotification(alert: Alert, onOpen: (conversationId: string) => void): void {
  if (notificationState() !== 'granted') return;
  const notification = new Notification(alert.title, { body: alert.body, tag: alert.tag });
  notification.onclick = () => {
    window.focus();
    onOpen(alert.conversationId);
    notification.close();
  };
}
