/**
 * Platform capabilities faked in memory, for core tests that need "some platform" rather
 * than Wix's HTTP stand-in: pass them to startTestApi's `platform`.
 */
import type { VerifiedMember } from '@kotha/common/platform';

/** Site members by token; `down` makes every check fail as an unreachable platform would. */
export function fakeMembers() {
  const state = {
    tokens: new Map<string, { siteId: string; member: VerifiedMember }>(),
    down: false,
    async verifyMember(siteId: string, token: string): Promise<VerifiedMember | null> {
      if (state.down) throw new Error('the platform is unreachable');
      const found = state.tokens.get(token);
      return found?.siteId === siteId ? found.member : null;
    },
  };
  return state;
}
