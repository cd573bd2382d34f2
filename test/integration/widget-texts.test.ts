/**
 * The merchant's team name and greeting per language: saved with the widget settings,
 * served with the shopper's session, checked, and left alone by a dashboard that does not
 * know about them yet.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PATHS, ROUTES } from '@kotha/common/contract';
import { call, merchantOf, newSiteId, provisionSite, startTestApi, type TestApi } from '../support/api-harness';

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi();
});
afterAll(() => t.close());

const look = { teamName: 'Nakshi Crafts', greeting: 'Hello!', accentColor: '#0b6e4f', launcherSide: 'auto', launcherOffset: 0, sound: true, requireEmail: false, launcherText: '', locale: '' };
const bengali = { locale: 'bn', teamName: 'নকশি ক্রাফটস', greeting: 'নমস্কার!' };

it('saves the per-language words, serves them with the session, and keeps them when a request leaves them out', async () => {
  const siteId = newSiteId();
  await provisionSite(t, siteId);
  const merchant = merchantOf(t.baseUrl, siteId);
  expect((await merchant.call('GET', PATHS.widgetSettings)).body.settings.localized).toEqual([]);

  const saved = await merchant.call('PUT', PATHS.widgetSettings, { ...look, localized: [bengali, { locale: 'te', teamName: '', greeting: ' నమస్కారం! ' }] });
  expect(saved.status).toBe(200);
  const expected = [bengali, { locale: 'te', teamName: '', greeting: 'నమస్కారం!' }];
  expect(saved.body.settings.localized).toEqual(expected);
  const session = await call(t.baseUrl, 'POST', ROUTES.session, { body: { siteId } });
  expect(session.body.settings.localized).toEqual(expected);

  // An older dashboard saves without the field: the stored words stay.
  expect((await merchant.call('PUT', PATHS.widgetSettings, { ...look, greeting: 'Hi there!' })).status).toBe(200);
  expect((await t.api.sites.get(siteId))?.settings).toMatchObject({ greeting: 'Hi there!', localized: expected });

  // Removing a language removes it (the list is replaced whole, never merged).
  await merchant.call('PUT', PATHS.widgetSettings, { ...look, localized: [bengali] });
  expect((await t.api.sites.get(siteId))?.settings.localized).toEqual([bengali]);
});

it('refuses a language the widget does not speak, the same language twice, and words too long', async () => {
  const siteId = newSiteId();
  await provisionSite(t, siteId);
  const merchant = merchantOf(t.baseUrl, siteId);
  for (const localized of [
    [{ ...bengali, locale: 'xx' }],
    [bengali, bengali],
    [{ ...bengali, teamName: 'ন'.repeat(61) }],
    [{ ...bengali, greeting: 'ন'.repeat(301) }],
    [{ ...bengali, extra: 1 }],
  ]) {
    expect((await merchant.call('PUT', PATHS.widgetSettings, { ...look, localized })).status).toBe(400);
  }
});
