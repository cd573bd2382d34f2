/**
 * axe-core in a browser test's page: the violations, each as its rule and the first nodes
 * it names, so an empty list is a clean page. `within`: a selector to check alone (the
 * widget in a shop's page). `ignoreWsrRadioAria`: wix-style-react's Radio puts
 * aria-checked on a div that is not a radio, which is its markup, not ours.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export async function axeViolations(page: Page, options: { within?: string; ignoreWsrRadioAria?: boolean } = {}): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async ({ within, ignoreWsrRadioAria }) => {
    type Node = { target: string[]; html: string };
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Array<{ id: string; nodes: Node[] }> }> } }).axe;
    const result = await axe.run(within ? { include: [[within]] } : document, { resultTypes: ['violations'] });
    const wsrRadio = (node: Node) => /^<div class="Radio\w*__root[^>]*aria-checked/.test(node.html);
    return result.violations
      .map((v) => ({ ...v, nodes: ignoreWsrRadioAria && v.id === 'aria-allowed-attr' ? v.nodes.filter((n) => !wsrRadio(n)) : v.nodes }))
      .filter((v) => v.nodes.length > 0)
      .map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
  }, { within: options.within, ignoreWsrRadioAria: options.ignoreWsrRadioAria === true });
}
