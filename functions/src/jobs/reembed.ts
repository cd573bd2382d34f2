/**
 * After a release that changes the embedded script's template (EMBEDDED_SCRIPT.version in
 * plugin/src/manifest.ts), every installed site gets it embedded again with the current
 * parameters: `npm run reembed` runs this against production. Sites are visited in id
 * order a page at a time; one site failing does not stop the others.
 */
import type { Firestore } from 'firebase-admin/firestore';
import { embedParameters } from '../../../plugin/src/manifest';
import type { WixSiteApi } from '../wix/wix-site-api';
import { ChatStore } from '../store/chat-store';

export async function reembedAll(db: Firestore, wix: WixSiteApi, log: (line: string) => void = () => {}): Promise<{ embedded: number; failed: string[] }> {
  let after = '';
  let embedded = 0;
  const failed: string[] = [];
  for (;;) {
    const page = await db.collection('sites').where('siteId', '>', after).orderBy('siteId').limit(100).get();
    for (const site of page.docs) {
      // Removed sites are left alone: Wix took their script away with the app.
      if (!(site.get('installedAt') > 0) || site.get('removedAt') > 0) continue;
      try {
        const look = (await new ChatStore(db).getSite(site.id))?.settings;
        await wix.embedScript(site.id, embedParameters(site.id, site.get('enabled') !== false, look));
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
