/**
 * Alerts to a site's owners through Wix's Notifications API (POST /notifications/v3/notify):
 * Wix renders the notification template registered in the Dev Center (manifest.ts,
 * NOTIFICATIONS) with the dynamic values given here and delivers it to the site's owner and
 * contributors in the dashboard's feed and, through the Wix Owner app, as a push on their
 * phone. An app may notify each site 100,000 times a month; Wix answers 429 beyond.
 */
import type { OwnerAlert, OwnerAlertChannel } from '@kotha/common/platform';
import { NOTIFICATIONS } from './manifest';
import type { WixAppAccess } from './wix-http';

/** The ids of the two notification templates, as the Dev Center gives them. */
export interface WixNotificationTemplates {
  newConversation: string;
  waiting: string;
}

/** Dynamic values are plain text; a push shows a line or two. */
const clip = (value: string, max: number) => (value.length > max ? `${value.slice(0, max - 1).trimEnd()}…` : value);

/** The body of one Notify call, as Wix documents it: the template and `{ placeholder: { text } }` values. */
export function notifyRequest(templates: WixNotificationTemplates, alert: OwnerAlert) {
  return {
    notificationTemplateId: alert.kind === 'new-conversation' ? templates.newConversation : templates.waiting,
    dynamicValues: {
      shopperName: { text: clip(alert.shopperName?.trim() || 'A shopper', 60) },
      message: { text: clip(alert.preview.replace(/\s+/g, ' ').trim() || '…', 140) },
      minutes: { text: String(alert.waitingMinutes ?? 0) },
      conversationId: { text: alert.conversationId },
    },
  };
}

export function wixOwnerAlerts(access: WixAppAccess, templates: WixNotificationTemplates): OwnerAlertChannel {
  return {
    monthlyQuota: NOTIFICATIONS.monthlyQuota,
    async send(siteId, alert) {
      const { status, body } = await access.call(siteId, 'POST', '/notifications/v3/notify', notifyRequest(templates, alert));
      if (status >= 200 && status < 300) return 'sent';
      if (status === 429) return 'over-quota';
      throw Object.assign(new Error(`Wix refused the notification (HTTP ${status}): ${JSON.stringify(body).slice(0, 200)}`), { status });
    },
  };
}
