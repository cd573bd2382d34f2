/** The shopper says who they are (Kotha.identify), or the site vouches through a Wix member token. */
import { Router, type RequestHandler } from 'express';
import { identifyRequest, PATHS, type IdentifyResponse } from '@kotha/common/contract';
import { requireVisitor, visitorOf } from '../auth/credentials';
import type { VisitorTokens } from '../auth/visitor-token';
import type { ChatService } from '../chat/chat-service';
import { HttpError, unauthorized } from '../http/errors';
import type { ShopperLimits } from '../http/rate-limits';
import { parse } from '../http/validate';
import type { VisitorProfile, VisitorProfileStore } from '../store/visitor-profile-store';
import type { WixMembers } from '../wix/members';

export function identityRoutes(deps: { chat: ChatService; tokens: VisitorTokens; limits: ShopperLimits; profiles: VisitorProfileStore; members: WixMembers; refuseBlocked: RequestHandler }): Router {
  const router = Router();
  router.post(PATHS.identify, requireVisitor(deps.tokens, { allowQuery: false }), deps.limits.messages, deps.refuseBlocked, async (req, res) => {
    const body = parse(identifyRequest, req.body, 'identity');
    const visitor = visitorOf(res);
    const known = await deps.profiles.get(visitor.siteId, visitor.visitorId);
    let profile: VisitorProfile;
    if (body.wixMemberToken) {
      let member;
      try {
        member = await deps.members.resolve(visitor.siteId, body.wixMemberToken);
      } catch (cause) {
        throw new HttpError(503, 'wix_unavailable', "Wix can't confirm the member right now. Try again in a moment.", { cause });
      }
      if (!member) throw unauthorized('The Wix member token is not valid for this site.');
      profile = { name: member.name ?? body.name ?? null, email: member.email ?? body.email ?? null, wixMemberId: member.memberId, verified: true };
    } else if (known?.verified) {
      // What Wix vouched for is not overwritten by what the page says.
      profile = known;
    } else {
      profile = { name: body.name ?? known?.name ?? null, email: body.email ?? known?.email ?? null, wixMemberId: null, verified: false };
    }
    res.json((await deps.chat.identify(visitor, profile)) satisfies IdentifyResponse);
  });
  return router;
}
