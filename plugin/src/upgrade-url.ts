/** Wix's own pricing page for the app on a site: the only way to upgrade. */
export function upgradeUrl(appId: string, instanceId: string): string {
  return `https://www.wix.com/apps/upgrade/${encodeURIComponent(appId)}?appInstanceId=${encodeURIComponent(instanceId)}`;
}
