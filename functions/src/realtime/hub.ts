/**
 * The in-process hub: delivers a site's events to the streams connected to this
 * instance. An event published twice (written here, then echoed by the Firestore
 * listener; or re-sent by a listener snapshot) is delivered once.
 */
import { createSeenSet, type SeenSet } from '@kotha/common/seen-set';
import type { SiteEvent } from '../domain/conversation';

/** Event ids remembered per site for deduplication. */
const RECENT_IDS_PER_SITE = 5_000;

type Listener = (event: SiteEvent) => void;

interface SiteChannel {
  listeners: Set<Listener>;
  recentIds: SeenSet;
}

export class Hub {
  private readonly sites = new Map<string, SiteChannel>();

  private channel(siteId: string): SiteChannel {
    let channel = this.sites.get(siteId);
    if (!channel) {
      channel = { listeners: new Set(), recentIds: createSeenSet(RECENT_IDS_PER_SITE) };
      this.sites.set(siteId, channel);
    }
    return channel;
  }

  /** Calls `listener` with each new event of the site until the returned function is called. */
  subscribe(siteId: string, listener: Listener): () => void {
    const channel = this.channel(siteId);
    channel.listeners.add(listener);
    return () => {
      channel.listeners.delete(listener);
      if (channel.listeners.size === 0) this.sites.delete(siteId);
    };
  }

  /** Delivers an event to the site's listeners unless it was delivered before. */
  publish(siteId: string, event: SiteEvent): void {
    const channel = this.sites.get(siteId);
    if (!channel || !channel.recentIds.add(event.id)) return;
    for (const listener of channel.listeners) listener(event);
  }

  /** Streams connected to this instance (for health and the bench). */
  get listenerCount(): number {
    let count = 0;
    for (const channel of this.sites.values()) count += channel.listeners.size;
    return count;
  }
}
