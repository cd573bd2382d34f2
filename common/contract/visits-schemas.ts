/** Validation for the page views the widget reports (see visits.ts for what the team sees). */
import { z } from 'zod';
import { languageTag, webAddress } from './schemas';

export const pageViewReport = z.strictObject({
  /** The visitor token: page views are sent with navigator.sendBeacon, which cannot set headers. */
  token: z.string().min(1).max(2048),
  url: webAddress,
  title: z.string().max(2000).transform((title) => title.slice(0, 300)).optional(),
  // A referrer we cannot use is dropped, not refused: the page view still counts.
  referrer: z.string().max(4000).transform((value) => (/^https?:\/\//i.test(value) && value.length <= 2000 && URL.canParse(value) ? value : '')).optional(),
  timeZone: z.string().max(64).regex(/^[A-Za-z0-9_+\-/]+$/).optional(),
  language: languageTag.optional(),
});
export type PageViewReport = z.infer<typeof pageViewReport>;
