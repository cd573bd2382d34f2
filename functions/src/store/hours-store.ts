/**
 * A site's business-hours settings: one document, `sites/{siteId}/config/hours`.
 * A missing or partly written document reads as the defaults (always open), so a site
 * works before its merchant ever opens the settings.
 */
import type { Firestore } from 'firebase-admin/firestore';
import { DEFAULT_HOURS } from '@kotha/common/contract/hours';
import { hoursSettingsSchema, type HoursSettings } from '@kotha/common/contract/hours-schemas';
import { stampFollowUpWork } from './follow-up-schedule';

export class HoursStore {
  constructor(private readonly db: Firestore) {}

  private doc(siteId: string) {
    return this.db.collection('sites').doc(siteId).collection('config').doc('hours');
  }

  async get(siteId: string): Promise<HoursSettings> {
    const snap = await this.doc(siteId).get();
    const stored = { ...DEFAULT_HOURS, ...(snap.data() ?? {}) };
    delete (stored as Record<string, unknown>).updatedAt;
    // Written by hand or by an older release: fall back to the defaults rather than break the widget.
    const parsed = hoursSettingsSchema.safeParse(stored);
    return parsed.success ? parsed.data : DEFAULT_HOURS;
  }

  /** Saves the settings; new hours or follow-up times re-plan the site's follow-ups (store/follow-up-schedule.ts). */
  async save(siteId: string, settings: HoursSettings, at: number): Promise<void> {
    const batch = this.db.batch();
    batch.set(this.doc(siteId), { ...settings, updatedAt: at });
    stampFollowUpWork(batch, this.db, siteId);
    await batch.commit();
  }
}
