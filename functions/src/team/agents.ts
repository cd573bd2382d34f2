/** Agent profiles: the Wix user behind the inbox, and how shoppers see their replies. */
import type { Agent } from '@kotha/common/contract';
import type { SiteStore } from '../store/site-store';
import type { TeamStore } from '../store/team-store';

/**
 * The agent's profile, or a first one: until they choose a name, shoppers see the team's
 * name (never a bare Wix user id).
 */
export async function agentFor(deps: { team: TeamStore; sites: SiteStore; clock: () => number }, siteId: string, uid: string): Promise<Agent> {
  const saved = await deps.team.getAgent(siteId, uid);
  if (saved) return saved;
  const site = await deps.sites.get(siteId);
  return { uid, displayName: site?.settings.teamName ?? 'Support', photoUrl: null, lastSeenAt: deps.clock() };
}
