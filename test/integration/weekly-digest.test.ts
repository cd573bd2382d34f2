/**
 * The weekly digest through the real API on the emulator, with the clock under the test's
 * control: two weeks of real traffic on a Bengali site whose owner turned the digest on,
 * then the job run on Monday morning in Dhaka: exactly one digest, in Bengali, with the
 * week's figures against the week before, received by a real SMTP server; none for a site
 * that did not opt in, none twice for the same week (even with two runs at once), and none
 * to an address on the suppression list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_HOURS, ROUTES, type HoursSettings } from '@kotha/common/contract';
import type { WeeklyDigestResponse } from '@kotha/common/contract/account';
import { smtpMailer } from '../../functions/src/email/mailer';
import { runWeeklyDigests, type DigestDeps } from '../../functions/src/jobs/weekly-digest';
import { SiteLifecycleStore } from '../../functions/src/store/site-lifecycle-store';
import { SuppressionStore } from '../../functions/src/store/suppression-store';
import { startSmtpSink, type SmtpSink } from '../../scripts/smtp-sink';
import { instanceFor, merchantOf, newShopper, newSiteId, provisionSite, randomId, startTestApi, type TestApi } from '../support/api-harness';

/** A wall time in Dhaka (UTC+6, no daylight saving); day 0 is Monday 23 Nov 2026. */
const dhaka = (d: number, hh: number, mm: number) => Date.UTC(2026, 10, 23 + d, hh - 6, mm);
/** The digest of the week 30 Nov – 6 Dec is due from Monday 7 Dec, 08:00 in Dhaka. */
const MONDAY_0800 = dhaka(14, 8, 0);

const hoursFor = (merchantEmail: string): HoursSettings => ({
  ...DEFAULT_HOURS,
  schedule: { timeZone: 'Asia/Dhaka', weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [{ start: '09:00', end: '17:00' }]])) },
  merchantEmail,
});

let now = dhaka(0, 9, 0);
let t: TestApi;
let sink: SmtpSink;

beforeAll(async () => {
  sink = await startSmtpSink();
  t = await startTestApi({ clock: () => now, mailer: smtpMailer({ url: sink.url, from: 'Kotha <no-reply@kotha.test>' }) });
});
afterAll(async () => {
  await t.close();
  await sink.stop();
});

const merchant = (siteId: string) => merchantOf(t.baseUrl, siteId, () => instanceFor(siteId, { uid: 'owner', signDate: new Date(now).toISOString() }));

/** A site in Dhaka with its owner's email; `language` as Wix reports it. */
async function site(owner: string, language: string) {
  const siteId = newSiteId();
  await provisionSite(t, siteId);
  await new SiteLifecycleStore(t.db).update(siteId, { language });
  const m = merchant(siteId);
  expect((await m.call('PUT', ROUTES.hoursSettings, hoursFor(owner))).status).toBe(200);
  return { siteId, m };
}

/** A shopper writes at `at`; the owner answers `minutes` later. */
async function chat(siteId: string, at: number, minutes: number) {
  now = at;
  const shopper = await newShopper(t.baseUrl, siteId);
  const conversationId = randomId('c');
  expect((await shopper.send(conversationId, 'আপনারা কি সিলেটে পাঠান?')).status).toBe(201);
  now = at + minutes * 60_000;
  expect((await merchant(siteId).reply(conversationId, 'হ্যাঁ, তিন দিনে।')).status).toBe(201);
}

const deps = (at: number): DigestDeps => ({ db: t.db, analytics: t.api.analytics, hours: t.api.hoursStore, outbox: t.api.outbox, clock: () => at, dashboardUrl: 'http://dashboard.test/merchant', warn: () => undefined });
const mailsTo = (address: string) => sink.received.filter((m) => m.to.includes(address));

describe('the weekly digest', () => {
  it('is off by default, turned on by the owner, and refuses a bad request without changing anything', async () => {
    const { m } = await site('off@digest.test', 'bn');
    expect((await m.call('GET', ROUTES.weeklyDigest)).body).toEqual({ enabled: false, email: 'off@digest.test' });
    const bad = await m.call('PUT', ROUTES.weeklyDigest, { enabled: 'yes' });
    expect(bad.status).toBe(400);
    expect((await m.call('PUT', ROUTES.weeklyDigest, { enabled: true, extra: 1 })).status).toBe(400);
    expect(((await m.call('GET', ROUTES.weeklyDigest)).body as WeeklyDigestResponse).enabled).toBe(false);
    expect((await m.call('PUT', ROUTES.weeklyDigest, { enabled: true })).body).toEqual({ enabled: true, email: 'off@digest.test' });
  });

  it('sends one Bengali digest per week to an opted-in owner, none to one who did not opt in, none to a suppressed address', async () => {
    const bengali = await site(`bn-${randomId('o')}@digest.test`.toLowerCase(), 'bn');
    const optedOut = await site(`off-${randomId('o')}@digest.test`.toLowerCase(), 'bn');
    const suppressed = await site(`gone-${randomId('o')}@digest.test`.toLowerCase(), 'en');
    const ownerOf = { [bengali.siteId]: '', [optedOut.siteId]: '', [suppressed.siteId]: '' };
    for (const s of [bengali, optedOut, suppressed]) ownerOf[s.siteId] = ((await s.m.call('GET', ROUTES.weeklyDigest)).body as WeeklyDigestResponse).email!;
    expect((await bengali.m.call('PUT', ROUTES.weeklyDigest, { enabled: true })).status).toBe(200);
    expect((await suppressed.m.call('PUT', ROUTES.weeklyDigest, { enabled: true })).status).toBe(200);
    await new SuppressionStore(t.db).add(ownerOf[suppressed.siteId]!, 'bounce', 'mailbox does not exist', now);

    // The week before (23–29 Nov): one chat answered in 1 minute. The week (30 Nov – 6 Dec):
    // two, answered in 2 and 8 minutes. The same on every site.
    for (const { siteId } of [bengali, optedOut, suppressed]) {
      await chat(siteId, dhaka(0, 10, 0), 1);
      await chat(siteId, dhaka(7, 10, 0), 2);
      await chat(siteId, dhaka(8, 11, 0), 8);
    }

    // Sunday evening and Monday 07:59 in Dhaka: not yet.
    await runWeeklyDigests(deps(dhaka(13, 20, 0)));
    await runWeeklyDigests(deps(MONDAY_0800 - 60_000));
    expect(mailsTo(ownerOf[bengali.siteId]!)).toHaveLength(0);

    // Monday 08:00: two runs at once (two instances, or a retry), then another an hour later.
    await Promise.all([runWeeklyDigests(deps(MONDAY_0800)), runWeeklyDigests(deps(MONDAY_0800))]);
    await runWeeklyDigests(deps(MONDAY_0800 + 3_600_000));

    const [mail, ...more] = mailsTo(ownerOf[bengali.siteId]!);
    expect(more.map((m) => m.subject)).toEqual([]);
    expect(mail!.subject).toBe('Kotha-য় আপনার সপ্তাহ: ৩০ নভেম্বর – ৬ ডিসেম্বর');
    expect(mail!.contentType).toMatch(/multipart\/alternative/);
    // 2 chats against 1 (neither better nor worse); medians (nearest rank) 2 minutes against 1:
    // up, and slower; 1 of 2 within 5 minutes against 1 of 1: worse; a miss where none was: worse.
    expect(mail!.text).toContain('কথোপকথন: ২ (▲ গত সপ্তাহের চেয়ে +১০০%)');
    expect(mail!.text).toContain('প্রথম উত্তর (মধ্যমা): ২ মিনিট (▲ গত সপ্তাহের চেয়ে +১০০%, ধীর হয়েছে)');
    expect(mail!.text).toContain('৫ মিনিটের মধ্যে উত্তর: ৫০% (▼ গত সপ্তাহের চেয়ে -৫০ পয়েন্ট, খারাপ হয়েছে)');
    expect(mail!.text).toContain('মিস হয়েছে: ১ (▲ আগের সপ্তাহে একটিও ছিল না, খারাপ হয়েছে)');
    // In red, and the words say it; the arrow is not read out.
    expect(mail!.html).toContain('color:#cf222e;font-size:13px"><span aria-hidden="true">▲</span> গত সপ্তাহের চেয়ে +১০০%, ধীর হয়েছে</span>');
    expect(mail!.text).toContain('সবচেয়ে ব্যস্ত ঘণ্টা: সোমবার');
    expect(mail!.text).toContain('http://dashboard.test/merchant#analytics');
    expect(mail!.html).toContain('lang="bn"');

    expect(mailsTo(ownerOf[optedOut.siteId]!)).toHaveLength(0);
    expect(mailsTo(ownerOf[suppressed.siteId]!)).toHaveLength(0);
    // The refused digest was never written to the outbox; the sent one was, once.
    const outbox = async (siteId: string) => (await t.db.collection(`sites/${siteId}/outbox`).where('kind', '==', 'weekly-digest').get()).docs.map((d) => d.get('status'));
    expect(await outbox(bengali.siteId)).toEqual(['sent']);
    expect(await outbox(suppressed.siteId)).toEqual([]);
    expect((await t.db.doc(`sites/${bengali.siteId}`).get()).get('digestSentWeek')).toBe('2026-W49');
  });
});
