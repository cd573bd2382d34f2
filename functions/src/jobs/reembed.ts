/**
 * After a release that changes the embedded script's template (EMBEDDED_SCRIPT.version in
 * plugin/src/manifest.ts), every installed site gets it embedded again with the current
 * parameters: `npm run reembed` runs this against production. Sites are visited in id
 * order a page at a time; one site failing does not stop the others.
 */
import type { Firestore } from 'firebase-admin/firestore';
import { embedParameters } from '../../../plugin/src/manifest';
import type { WixSiteApi } from '../wix/wix-site-api';
import { SiteStore, toSite } from '../store/site-store';

export async function reembedAll(db: Firestore, wix: WixSiteApi, log: (line: string) => void = () => {}): Promise<{ embedded: number; failed: string[] }> {
  let after = '';
  let embedded = 0;
  const failed: string[] = [];
  const sites = new SiteStore(db);
  for (;;) {
    const page = await sites.pageAfter(after, 100);
    for (const site of page) {
      // Removed sites are left alone: Wix took their script away with the app.
      if (!(site.installedAt > 0) || site.removedAt > 0) continue;
      try {
        await wix.embedScript(site.siteId, embedParameters(site.siteId, site.enabled, toSite(site).settings));
        embedded++;
      } catch (error) {
        failed.push(site.siteId);
        log(`could not re-embed on ${site.siteId}: ${(error as Error).message}`);
      }
    }
    if (page.length < 100) return { embedded, failed };
    after = page.at(-1)!.siteId;
  }
}
