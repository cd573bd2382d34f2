/** What the team sees of the shopper's visit, and how the widget reports a page view. */
import type { Conversation } from './api';

export interface PageViewReport {
  /** The visitor token: page views are sent with navigator.sendBeacon, which cannot set headers. */
  token: string;
  url: string;
  title?: string;
  referrer?: string;
  timeZone?: string;
  language?: string;
}

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
