/** A shopper can start a new conversation after one ends, and look back at the earlier one. */
import { expect, it } from 'vitest';
import { ROUTES, type InboxResponse } from '@kotha/common/contract';
import { DEMO_AGENT_UID } from '../../scripts/local-stack';
import { instanceFor } from '../support/api-harness';
import { browserSuite, openShopper } from '../support/e2e-suite';

const suite = browserSuite();

it('lists ended conversations and opens one read-only', async () => {
  const { shop, widget, send } = await openShopper(suite);
  await send('Do you ship to Khulna?');

  // The team ends it.
  const auth = { authorization: `Instance ${instanceFor(suite.stack.siteId, { uid: DEMO_AGENT_UID })}`, 'content-type': 'application/json' };
  const inbox = (await (await fetch(`${suite.stack.urls.api}${ROUTES.inbox}`, { headers: auth })).json()) as InboxResponse;
  await fetch(`${suite.stack.urls.api}${ROUTES.conversationStatus(inbox.conversations[0]!.id)}`, { method: 'POST', headers: auth, body: JSON.stringify({ status: 'closed' }) });
  await expect.poll(() => widget('end-of-chat').count(), { timeout: 10_000 }).toBe(1);

  // A new one, then another day.
  await send('Another question: gift wrap?');
  await shop.reload();
  await widget('launcher').click();
  await expect.poll(() => widget('earlier-toggle').innerText(), { timeout: 10_000 }).toBe('Earlier conversations (1)');
  await widget('earlier-toggle').click();
  await widget('earlier-item').click();
  await expect.poll(() => widget('earlier-view').innerText()).toContain('Do you ship to Khulna?');
  expect(await widget('composer').count()).toBe(0);
  await widget('back-to-chat').click();
  await expect.poll(() => widget('message').last().innerText()).toContain('gift wrap?');
  expect(await widget('composer').count()).toBe(1);
  await shop.close();
});
