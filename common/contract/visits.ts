/** What the team sees of the shopper's visit (the widget's page-view report is in visits-schemas.ts). */
import type { Conversation } from './api';

export interface PageView {
  url: string;
  title: string | null;
  at: number;
}

export interface ShopperContext {
  name: string | null;
  email: string | null;
  /** Pages of this visit (a visit ends after 30 quiet minutes), oldest first; the last is the current one. */
  pages: PageView[];
  /** Where the visit came from (another site), if the browser said. */
  referrer: string | null;
  device: { browser: string | null; os: string | null; type: 'mobile' | 'tablet' | 'desktop' | null };
  language: string | null;
  /** An IANA zone, for the shopper's local time. */
  timeZone: string | null;
  firstSeenAt: number | null;
  lastSeenAt: number | null;
  /** Their other conversations, newest first. */
  pastConversations: Conversation[];
}
