/** The merchant sets the widget's look in the dashboard; the shop's launcher takes it at once, readable. */
import { expect, it } from 'vitest';
import { browserSuite } from '../support/e2e-suite';
import TELUGU from '../../widget/src/locales/te';

const suite = browserSuite();

it('moves, raises and recolours the launcher as the merchant chose', async () => {
  const dashboard = await suite.browser.newPage();
  await dashboard.goto(`${suite.stack.dashboardUrl(suite.stack.siteId)}#widget`);
  const hook = (name: string) => dashboard.locator(`[data-hook="${name}"]`);
  await hook('widget-team').locator('input').fill('Nakshi Crafts');
  await hook('widget-accent').fill('#ffd400');
  await dashboard.getByText('Bottom left', { exact: true }).click();
  await hook('widget-offset').locator('input').fill('80');
  await hook('widget-launcher-text').locator('input').fill('Chat with us <b>now</b>');
  // The merchant fixes the chat's language: Telugu, whatever the page or browser says.
  await hook('widget-locale').click();
  await dashboard.getByText('తెలుగు (te)').click();
  await hook('widget-save').click();
  await expect.poll(() => hook('widget-saved').count()).toBe(1);

  const shop = await suite.browser.newPage({ viewport: { width: 1200, height: 800 } });
  await shop.goto(`${suite.stack.baseUrl}/?site=${suite.stack.siteId}`);
  const launcher = shop.locator('#kotha-widget [data-kotha="launcher"]');
  await launcher.waitFor();
  const look = await launcher.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return { left: box.left, bottomGap: innerHeight - box.bottom, background: style.backgroundColor, color: style.color };
  });
  expect(look.left).toBeLessThan(100);
  expect(look.bottomGap).toBeGreaterThanOrEqual(100);
  expect(look.background).toBe('rgb(255, 212, 0)');
  // Dark text on yellow: readable.
  expect(look.color).toBe('rgb(17, 17, 20)');
  // The merchant's words show as text (never markup), and lead the button's accessible name.
  expect(await launcher.innerText()).toBe('Chat with us <b>now</b>');
  expect(await launcher.getAttribute('aria-label')).toBe('Chat with us <b>now</b>');
  await launcher.click();
  await expect.poll(() => shop.locator('#kotha-widget [data-kotha="composer"]').getAttribute('placeholder')).toBe(TELUGU.placeholder);
  await dashboard.close();
  await shop.close();
});
