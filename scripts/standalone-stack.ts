/**
 * The whole product on its own, for the bench and the screenshots: the embedded Firestore
 * emulator, the Wix stand-in and the local stack, with one site (Premium when asked).
 */
import { randomUUID } from 'node:crypto';
import type { ApiConfig } from '../functions/src/app';
import type { WidgetSettings } from '@kotha/common/contract';
import type { WixAppConfig } from '../plugin/src/wix-platform';
import { startWixStandin } from '../plugin/test/wix-standin';
import { startEmulator } from './emulator';
import { localFirestore } from './local-firestore';
import { startLocalStack } from './local-stack';

export async function startStandaloneStack(options: { appId: string; premium?: boolean; settings?: Partial<WidgetSettings> }) {
  const config: ApiConfig & WixAppConfig = { wixAppId: options.appId, wixAppSecret: `${options.appId}-secret`, visitorTokenKey: randomUUID() + randomUUID(), fanOut: 'local' };
  const emulator = await startEmulator();
  const db = localFirestore(emulator.hostPort);
  const wix = await startWixStandin({ appId: config.wixAppId, appSecret: config.wixAppSecret });
  const stack = await startLocalStack({ db, config: { ...config, wixApiBase: wix.url }, port: 0 });
  const siteId = `site-${randomUUID()}`;
  wix.sites.set(siteId, {
    url: `${stack.baseUrl}/?site=${siteId}`,
    properties: { businessName: options.settings?.teamName ?? 'Nakshi Crafts', timeZone: 'Asia/Dhaka' },
    ...(options.premium ? { billing: { packageName: 'kotha-premium', billingCycle: 'MONTHLY', autoRenewing: true } } : {}),
  });
  await stack.api.sites.provision(siteId, { teamName: 'Nakshi Crafts', ...options.settings }, Date.now());
  return {
    config,
    db,
    wix,
    stack,
    siteId,
    async stop() {
      await stack.stop();
      await wix.stop();
      await emulator.stop();
    },
  };
}
