/** The local stack (as `npm start` runs it) on a free port, for browser tests, with the Wix stand-in. */
import { startLocalStack, type LocalStack } from '../../scripts/local-stack';
import { startWixStandin, type WixStandin } from '../../plugin/test/wix-standin';
import { DEMO_ORDERS } from '../../plugin/test/demo-orders';
import { newSiteId, TEST_CONFIG } from './api-harness';
import { testFirestore } from './firestore';

export async function startE2eStack(options: { clock?: () => number } = {}): Promise<LocalStack & { siteId: string; wix: WixStandin }> {
  const wix = await startWixStandin({ appId: TEST_CONFIG.wixAppId, appSecret: TEST_CONFIG.wixAppSecret });
  const stack = await startLocalStack({ db: testFirestore(), config: { ...TEST_CONFIG, wixApiBase: wix.url }, port: 0, clock: options.clock });
  const siteId = newSiteId();
  // Published at the local storefront, as the dashboard's first run links to it.
  wix.sites.set(siteId, { url: `${stack.baseUrl}/?site=${siteId}`, properties: { businessName: 'Nakshi Crafts', timeZone: 'Asia/Dhaka' }, orders: DEMO_ORDERS });
  await stack.api.sites.provision(siteId, { teamName: 'Nakshi Crafts' }, Date.now());
  return {
    ...stack,
    siteId,
    wix,
    stop: async () => {
      await stack.stop();
      await wix.stop();
    },
  };
}
