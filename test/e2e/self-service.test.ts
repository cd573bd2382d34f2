/**
 * Issue 14 from the shopper's side, in the real widget against the real API: answers
 * suggested while typing ("Yes" ends the matter with nothing in the inbox, "No" sends the
 * words with the trail the team sees), the Help view in Bengali, order status, a person one
 * tap away from every self-service screen in and outside hours, the XSS corpus in
 * articles, an article published or unpublished showing at once, and axe-core clean.
 */
import { expect, it } from 'vitest';
import { ROUTES, type HelpHealthResponse } from '@kotha/common/contract';
import { DEFAULT_HOURS } from '@kotha/common/contract/hours';
import { HoursStore } from '../../functions/src/store/hours-store';
import { merchantOf, newSiteId } from '../support/api-harness';
import { browserSuite } from '../support/e2e-suite';
import { testFirestore } from '../support/firestore';
import { XSS_CORPUS } from '../support/xss-corpus';
import { DEMO_ORDER_EMAIL, DEMO_ORDERS } from '../../plugin/test/demo-orders';
import BENGALI_HELP from '../../widget/src/help/locales/bn';
import ENGLISH_HELP from '../../widget/src/help/locales/en';
import ENGLISH from '../../widget/src/locales/en';
import { axeViolations } from '../support/axe';

const suite = browserSuite();
const SHOTS = process.env.KOTHA_SHOTS;
const DELIVERY = { title: 'How long does delivery take?', body: 'Orders inside **Dhaka** arrive in two to four days. See [the courier](https://example.com/courier).' };

/** A site of its own (so its inbox and health hold only this test's shoppers), provisioned as Wix would. */
async function newShop() {
  const siteId = newSiteId();
  const { stack } = suite;
  stack.wix.sites.set(siteId, { url: `${stack.baseUrl}/?site=${siteId}`, properties: { businessName: 'Nakshi Crafts', timeZone: 'Asia/Dhaka' }, orders: DEMO_ORDERS });
  await stack.api.sites.provision(siteId, { teamName: 'Nakshi Crafts' }, Date.now());
  return { siteId, merchant: merchantOf(`${stack.baseUrl}/api`, siteId) };
}

type Merchant = ReturnType<typeof merchantOf>;

async function publish(merchant: Merchant, fields: { title: string; body: string; language?: string; groupId?: string; status?: 'draft' | 'published'; collectionId?: string }): Promise<string> {
  const created = await merchant.call('POST', ROUTES.helpArticles, { language: 'en', status: 'published', ...fields });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.id as string;
}

/** A new shopper (a browser context of its own) on `siteId`'s storefront with the chat open. */
async function shopperOn(siteId: string, viewport = { width: 1366, height: 768 }) {
  const shop = await suite.browser.newPage({ viewport });
  const errors: string[] = [];
  shop.on('pageerror', (error) => errors.push(error.message));
  await shop.goto(`${suite.stack.baseUrl}/?site=${siteId}`);
  await shop.evaluate(() => (window as unknown as { Kotha: { open(): void } }).Kotha.open());
  const widget = (hook: string) => shop.locator(`#kotha-widget [data-kotha="${hook}"]`);
  await widget('composer').waitFor();
  /** What has focus, through the widget's shadow root: its data-kotha hook, else its text. */
  const focused = () =>
    shop.evaluate(() => {
      let element = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      return element?.getAttribute('data-kotha') ?? element?.textContent ?? null;
    });
  return { shop, widget, focused, errors };
}


async function outcomes(merchant: Merchant) {
  const health = await merchant.call('GET', `${ROUTES.helpHealth}?from=${Date.now() - 3_600_000}&to=${Date.now() + 60_000}`);
  return (health.body as HelpHealthResponse).outcomes;
}

async function inboxCount(merchant: Merchant) {
  return ((await merchant.inbox()).body.conversations as unknown[]).length;
}

it('suggests an answer while the shopper types a question, and "Yes" ends the matter: nothing reaches the inbox, the outcome is confirmed', async () => {
  const { siteId, merchant } = await newShop();
  await publish(merchant, DELIVERY);
  const { shop, widget, focused, errors } = await shopperOn(siteId);

  // A greeting is not a question: no suggestions.
  await widget('composer').pressSequentially('hi there');
  await shop.waitForTimeout(900);
  expect(await widget('suggestion').count()).toBe(0);

  await widget('composer').fill('');
  await widget('composer').pressSequentially('how long will delivery take');
  await expect.poll(() => widget('suggestion').allInnerTexts(), { timeout: 10_000 }).toEqual([DELIVERY.title]);
  // Above the composer, not over it; announced; sending is not blocked.
  const suggestion = (await widget('suggestion').boundingBox())!;
  const composer = (await widget('composer').boundingBox())!;
  expect(suggestion.y + suggestion.height).toBeLessThanOrEqual(composer.y);
  expect(await shop.locator('#kotha-widget [data-kotha="suggestions"] [role="status"]').innerText()).toBe('Answers that may help: 1');
  expect(await widget('send').isEnabled()).toBe(true);
  expect(await axeViolations(shop, { within: '#kotha-widget' })).toEqual([]);
  if (SHOTS) await shop.screenshot({ path: `${SHOTS}/help-suggestions-1366.png` });

  await widget('suggestion').click();
  await expect.poll(() => widget('article-title').innerText(), { timeout: 10_000 }).toBe(DELIVERY.title);
  // Focus moves to the article's heading; its links open in a tab of their own.
  await expect.poll(focused).toBe('article-title');
  expect(await widget('help-reader').locator('strong').innerText()).toBe('Dhaka');
  const link = widget('help-reader').locator('a');
  expect([await link.getAttribute('target'), await link.getAttribute('rel')]).toEqual(['_blank', 'noopener noreferrer']);
  expect(await widget('composer').isVisible()).toBe(false);
  expect(await widget('talk-to-person').isVisible()).toBe(true);

  await widget('vote-yes').click();
  await expect.poll(() => widget('help-thanks').innerText()).toBe(ENGLISH_HELP.thanks);
  // The thanks takes the focus the vote button had, so the keyboard stays in the panel.
  await expect.poll(focused).toBe('help-thanks');
  // Escape goes back to the chat, with the typed question gone.
  await shop.keyboard.press('Escape');
  await expect.poll(() => widget('composer').isVisible()).toBe(true);
  expect(await widget('composer').inputValue()).toBe('');
  expect(await widget('suggestion').count()).toBe(0);
  await expect.poll(() => outcomes(merchant), { timeout: 10_000 }).toMatchObject({ confirmed: 1, handed: 0 });
  expect(await inboxCount(merchant)).toBe(0);
  expect(errors).toEqual([]);
  await shop.close();
});

it('sends the words with the trail when the answer did not help, and the team sees which article was read', async () => {
  const { siteId, merchant } = await newShop();
  const articleId = await publish(merchant, DELIVERY);
  const { widget } = await shopperOn(siteId);
  const question = 'How long does delivery take to Sylhet?';
  await widget('composer').pressSequentially(question);
  await expect.poll(() => widget('suggestion').count(), { timeout: 10_000 }).toBe(1);
  await widget('suggestion').click();
  await widget('vote-no').click();

  // Back in the chat, the question goes as a normal message.
  await expect.poll(() => widget('message').last().getAttribute('data-status'), { timeout: 10_000 }).toBe('sent');
  expect(await widget('message').last().innerText()).toContain(question);
  const [conversation] = (await merchant.inbox()).body.conversations as Array<{ id: string }>;
  const thread = await merchant.conversation(conversation!.id);
  expect(thread.body.messages[0]).toMatchObject({
    text: question,
    help: { articles: [{ id: articleId, title: DELIVERY.title, helped: false }], orderNumber: null, reason: 'not-helped' },
  });
  await expect.poll(() => outcomes(merchant), { timeout: 10_000 }).toMatchObject({ confirmed: 0, handed: 1 });
});

it('reads an article in Bengali: the Help view, the article and its question in the shopper’s language', async () => {
  const { siteId, merchant } = await newShop();
  const english = await publish(merchant, DELIVERY);
  const shipping = (await merchant.call('POST', ROUTES.helpCollections, { titles: { en: 'Shipping', bn: 'ডেলিভারি' } })).body.id as string;
  await publish(merchant, { title: 'ডেলিভারিতে কত দিন লাগে?', body: 'ঢাকার ভেতরে **দুই থেকে চার দিন** লাগে।', language: 'bn', groupId: english, collectionId: shipping });
  const { shop, widget, focused } = await shopperOn(siteId, { width: 390, height: 844 });
  await shop.evaluate(() => (window as unknown as { Kotha: { setLocale(locale: string): void } }).Kotha.setLocale('bn'));
  await expect.poll(() => widget('help').getAttribute('aria-label')).toBe('সাহায্য');
  await widget('help').click();
  await expect.poll(() => widget('help-article').allInnerTexts(), { timeout: 10_000 }).toEqual([expect.stringContaining('ডেলিভারিতে কত দিন লাগে?')]);
  expect(await widget('order-entry').innerText()).toBe(BENGALI_HELP.orderEntry);
  expect(await widget('talk-to-person').innerText()).toBe(BENGALI_HELP.talk);
  // A topic lists its own articles under its name in Bengali.
  expect(await widget('help-topic').innerText()).toBe('ডেলিভারি');
  await widget('help-topic').click();
  await expect.poll(() => widget('results-heading').innerText(), { timeout: 10_000 }).toBe('ডেলিভারি');
  await expect.poll(() => widget('help-article').allInnerTexts(), { timeout: 10_000 }).toEqual([expect.stringContaining('ডেলিভারিতে কত দিন লাগে?')]);
  expect(await widget('order-entry').count()).toBe(0);
  await widget('help-article').click();
  await expect.poll(() => widget('article-title').innerText(), { timeout: 10_000 }).toBe('ডেলিভারিতে কত দিন লাগে?');
  await expect.poll(focused).toBe('article-title');
  expect(await widget('help-reader').getAttribute('lang')).toBe('bn');
  expect(await widget('vote-yes').innerText()).toBe(BENGALI_HELP.yes);
  expect(await axeViolations(shop, { within: '#kotha-widget' })).toEqual([]);
  if (SHOTS) await shop.screenshot({ path: `${SHOTS}/help-article-bn-390.png` });
  await shop.close();
});

it('reaches a person from every self-service screen: the typed words go with the trail in hours', async () => {
  const { siteId, merchant } = await newShop();
  await publish(merchant, DELIVERY);
  const { shop, widget, focused } = await shopperOn(siteId);
  await widget('help').click();
  await expect.poll(() => widget('help-article').count(), { timeout: 10_000 }).toBe(1);
  // Closing leaves Help: the chat opens next time, its composer focused.
  await widget('close').click();
  await shop.evaluate(() => (window as unknown as { Kotha: { open(): void } }).Kotha.open());
  await expect.poll(focused).toBe('composer');
  expect(await widget('help-view').count()).toBe(0);
  await widget('help').click();
  await expect.poll(() => widget('help-article').count(), { timeout: 10_000 }).toBe(1);
  // Home, search results, an article and the order form each offer a person.
  expect(await widget('talk-to-person').isVisible()).toBe(true);
  await widget('help-search').fill('delivery');
  await widget('help-search').press('Enter');
  await expect.poll(() => widget('help-article').count(), { timeout: 10_000 }).toBe(1);
  expect(await widget('talk-to-person').innerText()).toBe(ENGLISH_HELP.talk);
  await widget('help-article').click();
  await expect.poll(() => widget('article-title').count(), { timeout: 10_000 }).toBe(1);
  expect(await widget('talk-to-person').isVisible()).toBe(true);
  await widget('help-back').click();
  await widget('help-back').click();
  await widget('order-entry').click();
  expect(await widget('talk-to-person').innerText()).toBe(ENGLISH_HELP.talk);
  expect(await axeViolations(shop, { within: '#kotha-widget' })).toEqual([]);

  // Nothing typed yet: the composer takes focus, and the message written next carries the trail.
  await widget('talk-to-person').click();
  await expect.poll(focused).toBe('composer');
  await widget('composer').fill('Can I change my address?');
  await widget('send').click();
  await expect.poll(() => widget('message').last().getAttribute('data-status'), { timeout: 10_000 }).toBe('sent');
  const [conversation] = (await merchant.inbox()).body.conversations as Array<{ id: string }>;
  const thread = await merchant.conversation(conversation!.id);
  expect(thread.body.messages[0].help).toMatchObject({ reason: 'talk-to-person', articles: [{ title: DELIVERY.title, helped: null }] });
  // Only that message: the next one is plain.
  await widget('composer').fill('Thanks');
  await widget('send').click();
  await expect.poll(() => widget('message').last().getAttribute('data-status'), { timeout: 10_000 }).toBe('sent');
  expect((await merchant.conversation(conversation!.id)).body.messages[1].help).toBeUndefined();
  await shop.close();
});

it('outside hours "Talk to a person" says so and leads to the message with an email', async () => {
  const { siteId, merchant } = await newShop();
  await publish(merchant, DELIVERY);
  // No opening hours on any day: the team is away, and a message with an email is taken.
  await new HoursStore(testFirestore()).save(siteId, { ...DEFAULT_HOURS, schedule: { timeZone: 'UTC', weekly: {} }, outsideHours: 'take-message' }, Date.now());
  const { shop, widget, focused } = await shopperOn(siteId);
  await expect.poll(() => widget('away').count(), { timeout: 10_000 }).toBe(1);
  await widget('composer').pressSequentially('how long does delivery take');
  await expect.poll(() => widget('suggestion').count(), { timeout: 10_000 }).toBe(1);
  await widget('suggestion').click();
  await expect.poll(() => widget('help-away').innerText(), { timeout: 10_000 }).toBe(ENGLISH.leaveMessage);
  await widget('talk-to-person').click();
  // The words are kept, and the email the message needs takes focus.
  await expect.poll(focused).toBe('email');
  expect(await widget('composer').inputValue()).toBe('how long does delivery take');
  await widget('email').fill('rina@example.com');
  await widget('send').click();
  await expect.poll(() => widget('message').last().getAttribute('data-status'), { timeout: 10_000 }).toBe('sent');
  expect(await inboxCount(merchant)).toBe(1);
  await shop.close();
});

it('checks an order: the right pair shows payment, delivery and tracking; a wrong email says only "not found"; too many tries say when to retry', async () => {
  const { siteId, merchant } = await newShop();
  const { shop, widget, focused } = await shopperOn(siteId, { width: 390, height: 844 });
  // The email the shopper already gave starts the form.
  await shop.evaluate((email) => (window as unknown as { Kotha: { identify(who: { email: string }): void } }).Kotha.identify({ email }), DEMO_ORDER_EMAIL);
  await widget('help').click();
  await widget('order-entry').click();
  await expect.poll(() => widget('order-email').inputValue(), { timeout: 10_000 }).toBe(DEMO_ORDER_EMAIL);
  const check = async (orderNumber: string, email = DEMO_ORDER_EMAIL) => {
    await widget('order-number').fill(orderNumber);
    await widget('order-email').fill(email);
    await widget('order-check').click();
    await expect.poll(() => widget('order-check').isEnabled(), { timeout: 10_000 }).toBe(true);
    return widget('order-answer').innerText();
  };

  // Not an order number: said before asking.
  await widget('order-number').fill('10057; drop');
  await widget('order-check').click();
  await expect.poll(() => shop.locator('#kotha-widget #kotha-order-error').innerText()).toBe(ENGLISH_HELP.orderNumberInvalid);

  await check('10057');
  await expect.poll(() => widget('order-payment').innerText()).toBe(ENGLISH_HELP.paid);
  expect(await widget('order-delivery').innerText()).toBe(ENGLISH_HELP.shipped);
  const tracking = widget('order-tracking');
  expect([await tracking.getAttribute('href'), await tracking.getAttribute('target')]).toEqual(['https://example.com/track/SC20571', '_blank']);
  expect(await widget('order-found').innerText()).toContain('2 × Jamdani scarf');
  expect(await axeViolations(shop, { within: '#kotha-widget' })).toEqual([]);
  if (SHOTS) await shop.screenshot({ path: `${SHOTS}/help-order-390.png` });

  // A wrong email and an unknown number answer alike.
  expect(await check('10057', 'someone@example.com')).toBe(ENGLISH_HELP.orderNotFound);
  expect(await check('99999')).toBe(ENGLISH_HELP.orderNotFound);
  // Five lookups an hour; the sixth says when to try again.
  await check('10061');
  await check('10064');
  expect(await check('10057')).toMatch(/^Too many tries\. You can try again at .+\.$/);

  // "Talk to a person about this order": the next message carries the order.
  expect(await widget('talk-to-person').innerText()).toBe(ENGLISH_HELP.talkOrder);
  await widget('talk-to-person').click();
  // Back in the chat once its message box has focus (a box with text in it then is sent at once).
  await expect.poll(focused).toBe('composer');
  await widget('composer').fill('It has not arrived yet');
  await widget('send').click();
  await expect.poll(() => widget('message').last().getAttribute('data-status'), { timeout: 10_000 }).toBe('sent');
  const [conversation] = (await merchant.inbox()).body.conversations as Array<{ id: string }>;
  expect((await merchant.conversation(conversation!.id)).body.messages[0].help).toMatchObject({ reason: 'order', orderNumber: '10057' });
  await shop.close();
});

it('shows an article the moment it is published and drops it when unpublished', async () => {
  const { siteId, merchant } = await newShop();
  const id = await publish(merchant, { ...DELIVERY, title: 'Gift wrapping for festivals', body: 'We wrap in handloom cotton.', status: 'draft' });
  const { widget } = await shopperOn(siteId);
  const search = async () => {
    await widget('help-search').fill('gift wrapping');
    await widget('help-search').press('Enter');
  };
  await widget('help').click();
  await search();
  await expect.poll(() => widget('help-no-results').count(), { timeout: 10_000 }).toBe(1);
  expect((await merchant.call('PATCH', ROUTES.helpArticleOne(id), { status: 'published' })).status).toBe(200);
  await widget('help-back').click();
  await search();
  await expect.poll(() => widget('help-article').allInnerTexts(), { timeout: 10_000 }).toEqual([expect.stringContaining('Gift wrapping for festivals')]);
  await widget('help-article').click();
  await expect.poll(() => widget('article-title').innerText(), { timeout: 10_000 }).toBe('Gift wrapping for festivals');
  expect((await merchant.call('PATCH', ROUTES.helpArticleOne(id), { status: 'draft' })).status).toBe(200);
  await widget('help-back').click();
  await widget('help-back').click();
  await search();
  await expect.poll(() => widget('help-no-results').count(), { timeout: 10_000 }).toBe(1);
});

it('runs nothing from the XSS corpus in an article’s title or body', async () => {
  const { siteId, merchant } = await newShop();
  for (const [index, payload] of XSS_CORPUS.entries()) {
    await publish(merchant, { title: `Parcel ${index} ${payload}`.slice(0, 200), body: `Parcel notes ${index}\n\n${payload}\n\n[link](javascript:window.__xss=99)` });
  }
  const { shop, widget } = await shopperOn(siteId);
  await widget('help').click();
  await widget('help-search').fill('parcel');
  await widget('help-search').press('Enter');
  await expect.poll(() => widget('help-article').count(), { timeout: 10_000 }).toBeGreaterThan(5);
  const count = await widget('help-article').count();
  for (let index = 0; index < count; index++) {
    await widget('help-article').nth(index).click();
    await expect.poll(() => widget('article-title').count(), { timeout: 10_000 }).toBe(1);
    expect(await widget('help-reader').locator('script, iframe, [onerror], [onload], a[href^="javascript"]').count()).toBe(0);
    await widget('help-back').click();
  }
  await shop.waitForTimeout(300);
  expect(await shop.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});
