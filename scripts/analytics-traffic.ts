/**
 * Past conversations for a site, shaped as the API stores them once their story is over
 * (the summary, its follow-up fields and its analytics facts): the bench's 10,000 over 90
 * days and the local stack's few weeks of demo traffic. Deterministic (a seeded generator),
 * busier at midday and in the evening in the site's zone, mostly answered in minutes, some
 * late, some never, some offline messages, some rated.
 */
import type { Firestore } from 'firebase-admin/firestore';
import { DEFAULT_HOURS, type HoursSettings } from '@kotha/common/contract';
import { localDay, wallToInstant } from '@kotha/common/schedule';
import { NO_FACTS } from '../functions/src/domain/analytics/facts';
import { NO_FOLLOW_UP } from '../functions/src/domain/follow-up';
import { conversationsOf, type ConversationRecord } from '../functions/src/store/conversation-store';

const MINUTE = 60_000;
/** Relative demand by local hour: quiet at night, a midday and an evening peak. */
const HOUR_WEIGHTS = [1, 0, 0, 0, 0, 0, 1, 2, 4, 6, 8, 9, 10, 9, 8, 7, 7, 8, 9, 10, 9, 6, 4, 2];
const NAMES = ['Rina Akter', 'Tomás Ruiz', 'Meena Das', 'Arjun Rao', 'Fatima Noor', 'Chen Wei', 'Sofia Rossi', 'Kwame Mensah', 'Sadia Islam', 'Ravi Teja'];
const TEXTS = ['Do you ship to Sylhet?', 'Is the brass lamp in stock?', 'আমার অর্ডার কোথায়?', 'Can you gift-wrap it?', 'నా ఆర్డర్ ఎక్కడ ఉంది?', 'What are your opening hours?'];
const BAD_COMMENTS = ['Took too long to answer.', 'The reply did not help.', 'উত্তর পেতে অনেক দেরি হয়েছে।'];

/** Mulberry32: small, fast, and the same numbers for the same seed everywhere. */
/** The demo shop's business hours (Dhaka: Sunday to Thursday 10–20, Saturday 10–14), for the screenshots and the bench. */
export const DEMO_SHOP_HOURS: HoursSettings = {
  ...DEFAULT_HOURS,
  schedule: { timeZone: 'Asia/Dhaka', weekly: { ...Object.fromEntries(['sun', 'mon', 'tue', 'wed', 'thu'].map((d) => [d, [{ start: '10:00', end: '20:00' }]])), sat: [{ start: '10:00', end: '14:00' }] } },
};

export function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface TrafficOptions {
  count: number;
  /** Conversations start in [from, to). */
  from: number;
  to: number;
  timeZone: string;
  /** The teammates who answer (Wix uids). */
  agents: readonly string[];
  seed?: number;
  /** Conversation ids start with this. */
  prefix?: string;
  /**
   * Every story over: the unanswered ones closed by the auto-close after 48 hours, nobody
   * waiting. For the demo site, whose follow-up job would otherwise email about each.
   */
  settled?: boolean;
}

/** `count` past conversations, oldest first. */
export function pastConversations(options: TrafficOptions): ConversationRecord[] {
  const random = generator(options.seed ?? 1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const firstDay = localDay(options.from, options.timeZone);
  const days = localDay(options.to - 1, options.timeZone) - firstDay + 1;
  const totalWeight = HOUR_WEIGHTS.reduce((a, b) => a + b, 0);
  const hourOf = () => {
    let r = random() * totalWeight;
    for (let h = 0; h < 24; h++) if ((r -= HOUR_WEIGHTS[h]!) < 0) return h;
    return 12;
  };
  const records: ConversationRecord[] = [];
  while (records.length < options.count) {
    const day = firstDay + Math.floor(random() * days);
    const createdAt = wallToInstant({ day, minutes: hourOf() * 60 + Math.floor(random() * 60) }, options.timeZone, 'start') + Math.floor(random() * MINUTE);
    if (createdAt < options.from || createdAt >= options.to) continue;
    const i = records.length;
    const agent = pick(options.agents);
    const offline = random() < 0.06;
    const roll = random();
    // Most answered within minutes, some late, about one in ten never.
    const delay = roll < 0.6 ? (0.5 + random() * 4) * MINUTE : roll < 0.9 ? (5 + random() * 55) * MINUTE : roll < 0.93 ? (60 + random() * 600) * MINUTE : 0;
    const firstReplyAt = delay > 0 && createdAt + delay < options.to ? Math.round(createdAt + delay) : 0;
    const autoClosed = options.settled && !firstReplyAt ? createdAt + 48 * 60 * MINUTE : 0;
    const closedAt = firstReplyAt && (options.settled || random() < 0.85) ? Math.round(firstReplyAt + (5 + random() * 40) * MINUTE) : autoClosed;
    const reopened = firstReplyAt > 0 && closedAt > 0 && random() < 0.05;
    const lastClosedAt = reopened ? closedAt + 120 * MINUTE : closedAt;
    const rating = firstReplyAt && closedAt && random() < 0.35 ? (random() < 0.86 ? 'good' : 'bad') : null;
    const assigned = firstReplyAt > 0 && random() < 0.3;
    const name = `${pick(NAMES)}`;
    const text = pick(TEXTS);
    const updatedAt = Math.max(createdAt, firstReplyAt, lastClosedAt);
    records.push({
      conversation: {
        id: `${options.prefix ?? 'c'}${String(i).padStart(6, '0')}`,
        visitorId: `v${options.seed ?? 1}_${i}`,
        visitorName: name,
        visitorEmail: offline ? `shopper${i}@example.com` : null,
        status: lastClosedAt > 0 ? 'closed' : 'open',
        createdAt,
        updatedAt,
        lastMessageText: text,
        lastMessageAuthor: firstReplyAt ? 'agent' : 'visitor',
        unreadByAgent: firstReplyAt || autoClosed ? 0 : 1,
        unreadByVisitor: 0,
        messageCount: firstReplyAt ? 4 : 1,
        labels: [],
        assigneeUid: assigned ? agent : null,
        waitingSince: firstReplyAt || autoClosed ? null : createdAt,
        agentReadAt: firstReplyAt || null,
        snoozedUntil: null,
        rating,
        ratingComment: rating === 'bad' && random() < 0.6 ? pick(BAD_COMMENTS) : null,
      },
      followUp: { ...NO_FOLLOW_UP, firstReplyAt, lastHumanAt: firstReplyAt, lastMessageAt: updatedAt, awaitingSince: firstReplyAt || autoClosed ? 0 : createdAt },
      visitorLocale: null,
      visitorPageUrl: null,
      visitorAddressHash: null,
      searchTerms: [],
      facts: {
        ...NO_FACTS,
        offline,
        firstReplyUid: firstReplyAt ? agent : '',
        lastReplyUid: firstReplyAt ? agent : '',
        assignedAt: assigned ? createdAt + 30_000 : 0,
        assignedReplyAt: assigned ? firstReplyAt : 0,
        firstClosedAt: closedAt,
        lastClosedAt,
        closedByUid: closedAt && !autoClosed ? agent : '',
        reopenCount: reopened ? 1 : 0,
        // Now and then the shopper had gone before a late reply.
        shopperLeftAt: firstReplyAt && delay > 10 * MINUTE && random() < 0.3 ? createdAt + 3 * MINUTE : 0,
      },
    });
  }
  return records.sort((a, b) => a.conversation.createdAt - b.conversation.createdAt);
}

/** Stores the records as the API would have (400 to a batch). */
export async function storeConversations(db: Firestore, siteId: string, records: readonly ConversationRecord[]): Promise<void> {
  for (let i = 0; i < records.length; i += 400) {
    const batch = db.batch();
    for (const record of records.slice(i, i + 400)) batch.set(conversationsOf(db, siteId).doc(record.conversation.id), record);
    await batch.commit();
  }
}

/** The demo shop's last four weeks (a few chats a day), stored once: the Analytics tab shows real figures from the first start. */
export async function seedDemoTraffic(db: Firestore, siteId: string, now: number, timeZone: string, agents: readonly string[]): Promise<boolean> {
  const from = now - 28 * 24 * 60 * MINUTE;
  const before = await conversationsOf(db, siteId).where('createdAt', '>=', from).where('createdAt', '<', now - 24 * 60 * MINUTE).limit(1).get();
  if (!before.empty) return false;
  // Ids of their own, so a second seeding (after the data was deleted) writes the same documents.
  await storeConversations(db, siteId, pastConversations({ count: 110, from, to: now - 24 * 60 * MINUTE, timeZone, agents, seed: 42, prefix: 'demo_', settled: true }));
  return true;
}
