/** Browser tests need the built widget and dashboard, and Debian's Chromium. */
import { access } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildAll } from '../../scripts/build';
import { CHROMIUM_PATH } from './browser';

const root = fileURLToPath(new URL('../../', import.meta.url));

export default async function setup() {
  try {
    await access(CHROMIUM_PATH);
  } catch {
    throw new Error("Browser tests need Debian's Chromium at /usr/bin/chromium: run 'bash scripts/ensure-chromium.sh' (or 'sudo apt-get install -y chromium').");
  }
  const built = await Promise.all(['widget/dist/loader.js', 'dashboard/dist/index.html'].map((f) => access(`${root}${f}`).then(() => true, () => false)));
  if (built.includes(false)) await buildAll();
}
