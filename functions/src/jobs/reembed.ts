/**
 * After a release that changes how the platform embeds the widget (a new embed template),
 * every installed site gets it embedded again with the current look: `npm run reembed`
 * runs this against production. Sites are visited in id order a page at a time; one site
 * failing does not stop the others.
 */
import type { Firestore } from 'firebase-admin/firestore';
import type { Platform } from '@kotha/common/platform';
import { ChatStore } from '../store/chat-store';

/** Embeds the widget again on every installed site; the ids of sites where that failed come back. */
export async function reembedAll(db: Firestore, platform: Pick<Platform, 'embedWidget'>, log: (line: string) => void = () => {}): Promise<{ embedded: number; failed: string[] }> {
  let after = '';
  let embedded = 0;
  const failed: string[] = [];
  for (;;) {
    const page = await db.collection('sites').where('siteId', '>', after).orderBy('siteId').limit(100).get();
    for (const site of page.docs) {
      // Removed sites are left alone: the platform took the widget away with the app.
      if (!(site.get('installedAt') > 0) || site.get('removedAt') > 0) continue;
      try {
        const look = (await new ChatStore(db).getSite(site.id))?.settings;
        await platform.embedWidget(site.id, site.get('enabled') !== false, look);
        embedded++;
      } catch (error) {
        failed.push(site.id);
        log(`could not re-embed on ${site.id}: ${(error as Error).message}`);
      }
    }
    if (page.size < 100) return { embedded, failed };
    after = page.docs.at(-1)!.id;
  }
}
