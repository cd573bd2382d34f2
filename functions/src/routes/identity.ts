/** The shopper says who they are (Kotha.identify), or the site vouches through a member token its platform verifies. */
import { Router, type RequestHandler } from 'express';
import { identifyRequest, PATHS, type IdentifyResponse } from '@kotha/common/contract';
import { requireVisitor, visitorOf } from '../auth/credentials';
import type { VisitorTokens } from '../auth/visitor-token';
import type { ChatService } from '../chat/chat-service';
import { platformUnavailable, unauthorized } from '../http/errors';
import type { ShopperLimits } from '../http/rate-limits';
import { parse } from '../http/validate';
import type { Platform } from '@kotha/common/platform';
import type { VisitorProfile, VisitorProfileStore } from '../store/visitor-profile-store';

export function identityRoutes(deps: { chat: ChatService; tokens: VisitorTokens; limits: ShopperLimits; profiles: VisitorProfileStore; platform: Pick<Platform, 'name' | 'verifyMember'>; refuseBlocked: RequestHandler }): Router {
  const router = Router();
  router.post(PATHS.identify, requireVisitor(deps.tokens, { allowQuery: false }), deps.limits.messages, deps.refuseBlocked, async (req, res) => {
    const body = parse(identifyRequest, req.body, 'identity');
    const visitor = visitorOf(res);
    const known = await deps.profiles.get(visitor.siteId, visitor.visitorId);
    let profile: VisitorProfile;
    if (body.wixMemberToken) {
      const { platform } = deps;
      let member;
      try {
        // A platform without members knows no member token.
        member = (await platform.verifyMember?.(visitor.siteId, body.wixMemberToken)) ?? null;
      } catch (cause) {
        throw platformUnavailable(`${platform.name} can't confirm the member right now. Try again in a moment.`, cause);
      }
      if (!member) throw unauthorized(`The ${platform.name} member token is not valid for this site.`);
      profile = { name: member.name ?? body.name ?? null, email: member.email ?? body.email ?? null, wixMemberId: member.memberId, verified: true };
    } else if (known?.verified) {
      // What the platform vouched for is not overwritten by what the page says.
      profile = known;
    } else {
      profile = { name: body.name ?? known?.name ?? null, email: body.email ?? known?.email ?? null, wixMemberId: null, verified: false };
    }
    res.json((await deps.chat.identify(visitor, profile)) satisfies IdentifyResponse);
  });
  return router;
}
