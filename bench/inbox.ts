/**
 * The inbox with 10,000 conversations: the API's first page of each view (the request
 * alone, from a loopback client) and the dashboard's render in Chromium, from navigation
 * to the first page of rows on screen. The conversations are written straight into the
 * embedded emulator in batches, shaped as the API writes them.
 */
import type { Firestore } from 'firebase-admin/firestore';
import { identityTerms, wordsOf } from '../functions/src/domain/search';
import { ROUTES } from '@kotha/common/contract';
import { signInstance } from '../plugin/src/instance';
import { startStandaloneStack } from '../scripts/standalone-stack';
import { launchChromium } from '../test/support/browser';
import { median as middle, tenths } from './stats';

const NAMES = ['Rina Akter', 'Tomás Ruiz', 'Meena Das', 'Arjun Rao', 'Fatima Noor', 'Chen Wei', 'Sofia Rossi', 'Kwame Mensah'];
const TEXTS = ['Do you ship to Sylhet?', 'Is the brass lamp in stock?', 'আমার অর্ডার কোথায়?', 'Can you gift-wrap it?', 'నా ఆర్డర్ ఎక్కడ ఉంది?', 'What are your opening hours?'];

const median = (values: number[]) => tenths(middle(values));

async function seed(db: Firestore, siteId: string, count: number, now: number) {
  const conversations = db.collection('sites').doc(siteId).collection('conversations');
  for (let start = 0; start < count; start += 400) {
    const batch = db.batch();
    for (let i = start; i < Math.min(count, start + 400); i++) {
      const name = `${NAMES[i % NAMES.length]} ${i}`;
      const email = `shopper${i}@example.com`;
      const text = TEXTS[i % TEXTS.length] ?? 'hello';
      const updatedAt = now - i * 60_000;
      const id = `c${String(i).padStart(6, '0')}`;
      const waiting = i % 3 === 0;
      batch.set(conversations.doc(id), {
        id, visitorId: `v${i}`, visitorName: name, visitorEmail: email, status: i % 5 === 4 ? 'closed' : 'open',
        createdAt: updatedAt - 300_000, updatedAt, lastMessageText: text, lastMessageAuthor: waiting ? 'visitor' : 'agent',
        unreadByAgent: waiting ? 1 : 0, unreadByVisitor: 0, messageCount: 4, labels: i % 7 === 0 ? ['l_vip'] : [],
        assigneeUid: i % 4 === 0 ? 'bench-agent' : '', waitingSince: waiting ? updatedAt : 0,
        searchTerms: [...identityTerms(name, email), ...wordsOf(text)],
      });
    }
    await batch.commit();
  }
}

export async function measureInbox(options: { conversations: number }) {
  const standalone = await startStandaloneStack({ appId: 'bench-app', premium: true, settings: { teamName: 'Bench shop' } });
  const { db, stack, siteId, config } = standalone;
  await db.collection('sites').doc(siteId).collection('labels').doc('l_vip').set({ id: 'l_vip', name: 'VIP', color: '#b42318', createdAt: Date.now() });
  const seedStart = performance.now();
  await seed(db, siteId, options.conversations, Date.now());
  const seedSeconds = Math.round((performance.now() - seedStart) / 100) / 10;

  const instance = () => signInstance({ instanceId: siteId, appDefId: config.wixAppId, signDate: new Date().toISOString(), uid: 'bench-agent', permissions: 'OWNER' }, config.wixAppSecret);
  const timeQuery = async (query: string, runs = 15) => {
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < runs; i++) {
      const auth = `Instance ${instance()}`;
      const start = performance.now();
      const res = await fetch(`${stack.urls.api}${ROUTES.inbox}${query}`, { headers: { authorization: auth } });
      const body = (await res.json()) as { conversations: unknown[] };
      times.push(performance.now() - start);
      if (res.status !== 200) throw new Error(`inbox ${query}: ${res.status} ${JSON.stringify(body)}`);
      rows = body.conversations.length;
    }
    return { p50Ms: median(times), rows };
  };
  const api = {
    open: await timeQuery('?view=open&limit=30'),
    waiting: await timeQuery('?view=waiting&limit=30'),
    mine: await timeQuery('?view=mine&limit=30'),
    label: await timeQuery('?view=open&label=l_vip&limit=30'),
    search: await timeQuery(`?q=${encodeURIComponent('rina')}&limit=30`),
  };

  const browser = await launchChromium();
  const renders: number[] = [];
  let rowsShown = 0;
  for (let i = 0; i < 5; i++) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(stack.dashboardUrl(siteId, 'bench-agent'));
    await page.locator('[data-hook="conversation-row"]').first().waitFor({ timeout: 30_000 });
    renders.push(await page.evaluate(() => performance.now()));
    rowsShown = await page.locator('[data-hook="conversation-row"]').count();
    await page.close();
  }
  await browser.close();
  await standalone.stop();
  return { conversations: options.conversations, seedSeconds, firstPageApiP50Ms: api.open.p50Ms, api, renderFirstRowsP50Ms: median(renders), rowsShown };
}
