/**
 * The soak and fault run (bench/soak.ts) in its CI size: two API processes behind the
 * round-robin proxy, fan-out through Firestore, one process killed and restarted, the
 * emulator's link paused. Counts only, never timings (the bench reports those): every
 * message reaches the shopper's stream and every agent's inbox stream exactly once. A
 * message's own batch is three writes (test/integration/stores.test.ts counts it); here every
 * write of the run is divided by the messages, so the shoppers' presence beats (one a minute
 * per open stream) and the new-visitor counters come on top.
 */
import { expect, it } from 'vitest';
import { measureSoak } from '../../bench/soak';

it('delivers every message exactly once to each side through a kill and a paused link', async () => {
  const report = await measureSoak({ minutes: 0.5, shoppers: 20, agents: 3, thinkSeconds: 6, replySeconds: 2, navigateSeconds: 12, pauseSeconds: 3 });
  const { messages } = report;
  expect(report.faults.killed).toBe('api-1');
  expect(report.faults.linkPauseSeconds).toBe(3);
  expect(messages.sent).toBeGreaterThan(20);
  expect(messages.notAccepted).toBe(0);
  expect(messages.shopperSide).toMatchObject({ receivedExactlyOnce: messages.sent, missing: 0, duplicated: 0 });
  expect(messages.agentSide).toEqual({ receivedExactlyOnce: messages.sent, missing: 0, duplicated: 0, agents: 3 });
  expect(messages.unknownDeliveries).toEqual({ shopper: 0, agent: 0 });
  expect(report.firestore.perMessage.writes).toBeLessThan(4);
}, 180_000);
