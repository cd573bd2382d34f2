/**
 * The widget's small forms say what they do: the email ask saves and confirms, its × is a
 * named button on the ask's line, the rating comment and the transcript have their own
 * words, and the transcript field starts with the address just given. The merchant's
 * greeting and team name reach a Bengali shopper in Bengali. axe-core stays clean.
 */
import { expect, it } from 'vitest';
import { browserSuite, openDashboard, openShopper } from '../support/e2e-suite';
import BENGALI from '../../widget/src/locales/bn';
import { axeViolations } from '../support/axe';

const suite = browserSuite();
const SHOTS = process.env.KOTHA_SHOTS;


it('names each small form’s button for what it does, confirms the saved email and starts the transcript field with it', async () => {
  const page = await suite.browser.newPage({ viewport: { width: 1366, height: 768 } });
  const { shop, widget, send } = await openShopper(suite, page);
  const button = (name: string) => shop.locator('#kotha-widget').getByRole('button', { name, exact: true });
  await send('Do you ship kantha quilts to Chittagong?');

  // The ask: its × is an icon button named for what it does, on the ask's own line.
  await expect.poll(() => widget('leave-email').count(), { timeout: 10_000 }).toBe(1);
  expect(await button('Not now').count()).toBe(1);
  expect(await button('Not now').locator('svg').count()).toBe(1);
  const dismiss = (await widget('leave-email-dismiss').boundingBox())!;
  const field = (await widget('leave-email-input').boundingBox())!;
  expect(dismiss.y + dismiss.height).toBeLessThanOrEqual(field.y);
  expect(await axeViolations(shop, { within: '#kotha-widget' })).toEqual([]);
  if (SHOTS) await shop.screenshot({ path: `${SHOTS}/email-ask-1366.png` });

  await widget('leave-email-input').fill('rina@example.com');
  await button('Save email').click();
  await expect.poll(() => widget('email-saved').innerText(), { timeout: 10_000 }).toBe("We'll also reply to rina@example.com.");
  expect(await widget('email-saved').getAttribute('role')).toBe('status');
  expect(await widget('leave-email').count()).toBe(0);
  if (SHOTS) await shop.screenshot({ path: `${SHOTS}/email-saved-1366.png` });

  // The team ends the chat: rating comment and transcript, each with its own words.
  const conversationId = (await suite.stack.api.chat.listInbox(suite.stack.siteId, '', { view: 'open' })).conversations[0]!.id;
  await suite.stack.api.chat.setStatus(suite.stack.siteId, conversationId, 'closed');
  await expect.poll(() => widget('end-of-chat').count(), { timeout: 10_000 }).toBe(1);
  await widget('rate-good').click();
  expect(await widget('rate-send').innerText()).toBe('Send comment');
  await widget('rate-comment').fill('Quick and kind');
  await button('Send comment').click();
  await expect.poll(() => widget('rate-thanks').count()).toBe(1);

  await widget('transcript').click();
  expect(await widget('transcript-email').inputValue()).toBe('rina@example.com');
  expect(await widget('transcript-send').innerText()).toBe('Email me the transcript');
  expect(await axeViolations(shop, { within: '#kotha-widget' })).toEqual([]);
  if (SHOTS) await shop.screenshot({ path: `${SHOTS}/end-of-chat-1366.png` });
  await button('Email me the transcript').click();
  await expect.poll(() => widget('transcript-sent').innerText()).toBe('Sent to rina@example.com.');
  await shop.close();
});

it('fits the email ask on a phone, the × beside the question', async () => {
  const { shop, widget, send } = await openShopper(suite, await suite.browser.newPage({ viewport: { width: 390, height: 844 } }));
  await shop.evaluate(() => (window as unknown as { Kotha: { setLocale(l: string): void } }).Kotha.setLocale('bn'));
  await send('কাঁথা কি চট্টগ্রামে পাঠানো যায়?');
  await expect.poll(() => widget('leave-email').count(), { timeout: 10_000 }).toBe(1);
  expect(await widget('leave-email-send').innerText()).toBe(BENGALI.saveEmail);
  expect(await widget('leave-email-dismiss').getAttribute('aria-label')).toBe(BENGALI.skipEmail);
  const dismiss = (await widget('leave-email-dismiss').boundingBox())!;
  const field = (await widget('leave-email-input').boundingBox())!;
  expect(dismiss.y + dismiss.height).toBeLessThanOrEqual(field.y);
  expect(dismiss.x + dismiss.width).toBeLessThanOrEqual(390);
  if (SHOTS) await shop.screenshot({ path: `${SHOTS}/email-ask-bn-390.png` });
  await shop.close();
});

it('greets a Bengali shopper with the team name and greeting the merchant wrote in Bengali, and others with the default ones', async () => {
  const { page: dashboard, hook } = await openDashboard(suite);
  await dashboard.goto(`${suite.stack.dashboardUrl(suite.stack.siteId)}#widget`);
  await hook('widget-greeting').locator('textarea').fill('Hello! Ask us anything about our quilts.');
  await hook('widget-localized-add').click();
  await dashboard.getByText('বাংলা (bn)').click();
  await hook('widget-localized-team-bn').locator('input').fill('নকশি ক্রাফটস');
  await hook('widget-localized-greeting-bn').locator('textarea').fill('নমস্কার! আমাদের কাঁথা নিয়ে যা খুশি জিজ্ঞেস করুন।');
  await hook('widget-save').click();
  await expect.poll(() => hook('widget-saved').count()).toBe(1);
  expect((await suite.stack.api.sites.get(suite.stack.siteId))?.settings.localized).toEqual([
    { locale: 'bn', teamName: 'নকশি ক্রাফটস', greeting: 'নমস্কার! আমাদের কাঁথা নিয়ে যা খুশি জিজ্ঞেস করুন।' },
  ]);
  await dashboard.close();

  const context = await suite.browser.newContext();
  const { shop, widget } = await openShopper(suite, await context.newPage());
  await shop.evaluate(() => (window as unknown as { Kotha: { setLocale(l: string): void } }).Kotha.setLocale('bn'));
  await widget('launcher').click();
  await expect.poll(() => shop.locator('#kotha-widget .greeting').innerText(), { timeout: 10_000 }).toBe('নমস্কার! আমাদের কাঁথা নিয়ে যা খুশি জিজ্ঞেস করুন।');
  expect(await shop.locator('#kotha-widget .header .title').innerText()).toBe('নকশি ক্রাফটস');
  expect(await widget('panel').getAttribute('aria-label')).toBe(BENGALI.chatWith.replace('{team}', 'নকশি ক্রাফটস'));

  // The same shopper switching to English reads the default words.
  await shop.evaluate(() => (window as unknown as { Kotha: { setLocale(l: string): void } }).Kotha.setLocale('en'));
  await expect.poll(() => shop.locator('#kotha-widget .greeting').innerText(), { timeout: 10_000 }).toBe('Hello! Ask us anything about our quilts.');
  expect(await shop.locator('#kotha-widget .header .title').innerText()).toBe('Nakshi Crafts');
  await context.close();
});
