/** The agent's view of a shopper in Wix: contact, member status, recent orders. */
import { Router } from 'express';
import { idCheckedRouter } from '../http/route-ids';
import { merchantOf, requireMerchant, type MerchantAuthConfig } from '../auth/credentials';
import { notFound } from '../http/errors';
import type { ConversationStore } from '../store/conversation-store';
import type { WixShopperContext, WixShopperContextSource } from '../wix/shopper-context';

export const WIX_CONTEXT_PATH = '/v1/inbox/conversations/:conversationId/wix';

export function wixContextRoutes(deps: { auth: MerchantAuthConfig; store: ConversationStore; source: WixShopperContextSource }): Router {
  const router = idCheckedRouter();
  router.get(WIX_CONTEXT_PATH, requireMerchant(deps.auth, { allowQuery: false }), async (req, res) => {
    const { siteId } = merchantOf(res);
    const conversation = await deps.store.get(siteId, String(req.params.conversationId));
    if (!conversation) throw notFound('No such conversation.');
    // Without an email there is nobody to look up in Wix.
    const context: WixShopperContext = conversation.visitorEmail ? await deps.source.forEmail(siteId, conversation.visitorEmail) : { available: true, contact: null, orders: [] };
    res.json(context);
  });
  return router;
}
