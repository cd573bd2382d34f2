/**
 * A logged-in Wix site member, from their access token: Token Info says who the token
 * belongs to (a MEMBER of this very site), then the Members API gives their name and login
 * email, read with the app's own access. Nothing the browser claims is taken on trust.
 */
import { WIX_API, type WixAppAccess } from './wix-http';

export interface WixMember {
  memberId: string;
  name: string | null;
  email: string | null;
}

export class WixMembers {
  constructor(
    private readonly access: WixAppAccess,
    private readonly clock: () => number,
  ) {}

  /** The member behind `token` on `siteId`, or null when it is not a live member token of this site. */
  async resolve(siteId: string, token: string): Promise<WixMember | null> {
    const res = await this.access.fetchImpl(`${WIX_API}/oauth2/token-info`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token }) });
    if (res.status >= 500) throw new Error(`Wix Token Info failed (HTTP ${res.status})`);
    if (res.status !== 200) return null;
    const info = (await res.json()) as { active?: boolean; subjectType?: string; subjectId?: string; exp?: string | number; instanceId?: string };
    if (!info.active || Number(info.exp) * 1000 <= this.clock() || info.subjectType !== 'MEMBER' || !info.subjectId || info.instanceId !== siteId) return null;
    const { members } = await import('@wix/members');
    const wix = this.access.client(siteId, 'members', { members });
    const member = await wix.members.getMember(info.subjectId, { fieldsets: ['FULL'] });
    const name = [member.contact?.firstName, member.contact?.lastName].filter(Boolean).join(' ') || member.profile?.nickname || null;
    return { memberId: info.subjectId, name, email: member.loginEmail ?? null };
  }
}
