/** A long conversation opens on its newest messages; earlier ones load on request, above, without losing the place. */
import { expect, it } from 'vitest';
import { LIMITS, ROUTES } from '@kotha/common/contract';
import { instanceFor, newShopper, randomId } from '../support/api-harness';
import { browserSuite } from '../support/e2e-suite';
import { DEMO_AGENT_UID } from '../../scripts/local-stack';

const suite = browserSuite();

it('loads earlier messages on request', async () => {
  const { stack } = suite;
  const shopper = await newShopper(stack.urls.api, stack.siteId);
  const conversationId = randomId('c');
  const total = LIMITS.conversationPage + 10;
  for (let i = 0; i < total; i++) {
    if (i % 2 === 0) await shopper.send(conversationId, `message ${i}`);
    else await fetch(`${stack.urls.api}${ROUTES.agentMessages(conversationId)}`, { method: 'POST', headers: { authorization: `Instance ${instanceFor(stack.siteId, { uid: DEMO_AGENT_UID })}`, 'content-type': 'application/json' }, body: JSON.stringify({ id: randomId('r'), text: `message ${i}` }) });
  }
  const inbox = await suite.browser.newPage();
  await inbox.goto(stack.dashboardUrl(stack.siteId));
  const hook = (name: string) => inbox.locator(`[data-hook="${name}"]`);
  await hook('conversation-row').first().click();
  await expect.poll(() => hook('message').count(), { timeout: 10_000 }).toBe(LIMITS.conversationPage);
  await hook('load-earlier').click();
  await expect.poll(() => hook('message').count(), { timeout: 10_000 }).toBe(total);
  expect(await hook('message').first().innerText()).toContain('message 0');
  expect(await hook('load-earlier').count()).toBe(0);
  await inbox.close();
});
