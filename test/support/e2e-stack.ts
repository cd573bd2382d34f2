/** The local stack (as `npm start` runs it) on a free port, for browser tests. */
import { startLocalStack, type LocalStack } from '../../scripts/local-stack';
import { newSiteId, TEST_CONFIG } from './api-harness';
import { testFirestore } from './firestore';

export async function startE2eStack(options: { clock?: () => number } = {}): Promise<LocalStack & { siteId: string }> {
  const stack = await startLocalStack({ db: testFirestore(), config: TEST_CONFIG, port: 0, clock: options.clock });
  const siteId = newSiteId();
  await stack.api.store.saveSite(siteId, { enabled: true, teamName: 'Nakshi Crafts' }, Date.now());
  return { ...stack, siteId };
}
