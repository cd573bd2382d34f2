/** When the team closes a chat, the shopper rates it and asks for the transcript; the team sees the rating live. */
import { expect, it } from 'vitest';
import { browserSuite, openDashboard, openShopper } from '../support/e2e-suite';

const suite = browserSuite();

it('lets the shopper rate an ended chat and get it by email', async () => {
  const { shop, widget, send } = await openShopper(suite);
  await send('Do you sell gift cards?');
  const { page: inbox, hook } = await openDashboard(suite);
  await hook('conversation-row').first().click();
  await hook('composer').locator('textarea').fill('Yes, from 500 taka.');
  await hook('composer').locator('textarea').press('Enter');
  await hook('toggle-status').click();

  // The shopper is asked, in the panel, once the chat has ended.
  await expect.poll(() => widget('end-of-chat').count(), { timeout: 10_000 }).toBe(1);
  await widget('rate-good').click();
  expect(await widget('rate-good').getAttribute('aria-pressed')).toBe('true');
  await widget('rate-comment').fill('Very quick, thank you');
  await widget('rate-send').click();
  await expect.poll(() => widget('rate-thanks').count()).toBe(1);
  await expect.poll(() => hook('conversation-rating').innerText(), { timeout: 10_000 }).toBe('👍 Rated good: “Very quick, thank you”');

  await widget('transcript').click();
  await widget('transcript-email').fill('rina@example.com');
  await widget('transcript-send').click();
  await expect.poll(() => widget('transcript-sent').innerText()).toBe('Sent to rina@example.com.');
  const outbox = await suite.stack.api.db.collection('sites').doc(suite.stack.siteId).collection('outbox').where('kind', '==', 'transcript').get();
  expect(outbox.docs.map((d) => d.get('to'))).toEqual(['rina@example.com']);
  expect(outbox.docs[0]!.get('text')).toContain('Yes, from 500 taka.');

  // Writing again starts a new conversation, as before.
  await widget('composer').fill('One more question');
  await widget('send').click();
  await expect.poll(() => widget('message').last().getAttribute('data-status'), { timeout: 10_000 }).toBe('sent');
  await expect.poll(() => widget('end-of-chat').count()).toBe(0);
  await shop.close();
  await inbox.close();
});
