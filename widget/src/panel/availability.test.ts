import { describe, expect, it } from 'vitest';
import type { AvailabilityResponse } from '@kotha/common/contract/hours';
import { watchAvailability } from './availability';

const base: AvailabilityResponse = { open: true, reason: 'schedule', changesAt: null, nextOpening: null, timeZone: 'Asia/Dhaka', outsideHours: 'take-message', awayMessage: null, typicalReplyMinutes: null, replyTimeText: null };

/** A hand-driven clock and timer queue. */
function fakeTime(start: number) {
  let now = start;
  const timers: Array<{ at: number; run: () => void }> = [];
  return {
    now: () => now,
    schedule: (run: () => void, ms: number) => timers.push({ at: now + ms, run }),
    cancel: () => undefined,
    async advanceTo(t: number) {
      now = t;
      for (let due = timers.findIndex((x) => x.at <= now); due >= 0; due = timers.findIndex((x) => x.at <= now)) {
        timers.splice(due, 1)[0]!.run();
        await new Promise((r) => setTimeout(r, 0));
      }
    },
    pending: () => timers.length,
  };
}

describe('watchAvailability', () => {
  it('switches to away at the closing minute before the server answers, then takes the next change from it', async () => {
    const time = fakeTime(1_000);
    const answers: AvailabilityResponse[] = [
      { ...base, open: true, changesAt: 61_000 },
      { ...base, open: false, changesAt: 121_000, nextOpening: 121_000 },
      { ...base, open: true, changesAt: null },
    ];
    let gate: (() => void) | null = null;
    const seen: boolean[] = [];
    watchAvailability({
      load: async () => {
        const answer = answers.shift()!;
        if (answers.length === 1) await new Promise<void>((r) => (gate = r)); // the second answer is slow
        return answer;
      },
      onChange: (a) => seen.push(a.open),
      ...time,
    });
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([true]);
    await time.advanceTo(60_999);
    expect(seen).toEqual([true]);
    await time.advanceTo(61_000);
    expect(seen).toEqual([true, false]); // at once, not waiting for the network
    gate!();
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([true, false, false]);
    await time.advanceTo(121_000);
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([true, false, false, true, true]);
    expect(time.pending()).toBe(0);
  });

  it('asks again a minute after a failed load', async () => {
    const time = fakeTime(0);
    let calls = 0;
    const seen: boolean[] = [];
    watchAvailability({
      load: async () => {
        calls++;
        if (calls === 1) throw new Error('offline');
        return base;
      },
      onChange: (a) => seen.push(a.open),
      ...time,
    });
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([]);
    await time.advanceTo(60_000);
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([true]);
  });
});
