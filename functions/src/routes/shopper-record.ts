/** The agent's view of a shopper in the site's own records: contact, member status, recent orders. */
import { Router } from 'express';
import { PATHS } from '@kotha/common/contract/routes';
import type { ShopperRecord } from '@kotha/common/contract/shopper-record';
import { idCheckedRouter } from '../http/route-ids';
import { merchantOf, requireMerchant, type MerchantAuthConfig } from '../auth/credentials';
import { notFound } from '../http/errors';
import type { Platform } from '@kotha/common/platform';
import type { ConversationStore } from '../store/conversation-store';

/** Its path keeps the name it was published with. */

const NOTHING_KNOWN: ShopperRecord = { available: true, contact: null, orders: [] };

/** GET the shopper record of a conversation's shopper, by the email they left. */
export function shopperRecordRoutes(deps: { auth: MerchantAuthConfig; conversations: ConversationStore; platform: Pick<Platform, 'shopperRecord'> }): Router {
  const router = idCheckedRouter();
  router.get(PATHS.shopperRecord, requireMerchant(deps.auth, { allowQuery: false }), async (req, res) => {
    const { siteId } = merchantOf(res);
    const conversation = await deps.conversations.get(siteId, String(req.params.conversationId));
    if (!conversation) throw notFound('No such conversation.');
    // Without an email there is nobody to look up; a platform without records knows nobody.
    const email = conversation.visitorEmail;
    const record = email ? ((await deps.platform.shopperRecord?.(siteId, email)) ?? NOTHING_KNOWN) : NOTHING_KNOWN;
    res.json(record);
  });
  return router;
}
