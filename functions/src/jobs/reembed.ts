/**
 * After a release that changes how the platform embeds the widget (a new embed template),
 * every installed site gets it embedded again with the current look: `npm run reembed`
 * runs this against production. Sites are visited in id order a page at a time; one site
 * failing does not stop the others. A site still on an older version of the app (the
 * platform says `outdated`) is no failure: it keeps the embed it has, which the widget
 * still reads, and a later run, or the merchant's next Widget-tab save, embeds it once
 * its owner has updated.
 */
import type { Firestore } from 'firebase-admin/firestore';
import type { Platform } from '@kotha/common/platform';
import { SiteStore, toSite } from '../store/site-store';

/** Embeds the widget again on every installed site; the ids of sites where that failed come back. */
export async function reembedAll(db: Firestore, platform: Pick<Platform, 'embedWidget'>, log: (line: string) => void = () => {}): Promise<{ embedded: number; outdated: string[]; failed: string[] }> {
  let embedded = 0;
  const outdated: string[] = [];
  const failed: string[] = [];
  const sites = new SiteStore(db);
  for await (const page of sites.pages(100)) {
    for (const site of page) {
      // Removed sites are left alone: the platform took the widget away with the app.
      if (!(site.installedAt > 0) || site.removedAt > 0) continue;
      try {
        const outcome = await platform.embedWidget(site.siteId, site.enabled, toSite(site).settings);
        await sites.recordEmbed(site.siteId, outcome);
        if (outcome === 'outdated') outdated.push(site.siteId);
        else embedded++;
      } catch (error) {
        failed.push(site.siteId);
        log(`could not re-embed on ${site.siteId}: ${(error as Error).message}`);
      }
    }
  }
  return { embedded, outdated, failed };
}
