import { expect, it } from 'vitest';
import { hostOf, languageName, localTime, shopperFacts } from './shopper-facts.ts';

const now = Date.UTC(2026, 11, 1, 15, 5);

it('reads the shopper context as short facts', () => {
  const facts = shopperFacts(
    {
      name: 'Rina', email: null, pages: [], referrer: 'https://www.google.com/', language: 'bn', timeZone: 'Asia/Dhaka',
      device: { browser: 'Safari 17', os: 'iOS 17.0', type: 'mobile' }, firstSeenAt: now - 2 * 86_400_000, lastSeenAt: now, pastConversations: [],
    },
    now,
    'en-US',
  );
  expect(facts).toEqual([
    { label: 'Local time', value: '9:05 PM (Asia/Dhaka)' },
    { label: 'Language', value: 'Bangla' },
    { label: 'Device', value: 'Mobile · Safari 17 · on iOS 17.0' },
    { label: 'Came from', value: 'www.google.com' },
    { label: 'First seen', value: '2 days ago' },
  ]);
});

it('leaves out what is unknown or broken', () => {
  expect(localTime('Not/AZone', now, 'en')).toBeNull();
  expect(localTime(null, now, 'en')).toBeNull();
  expect(languageName(null, 'en')).toBeNull();
  expect(hostOf('https://shop.test/quilts')).toBe('shop.test/quilts');
  expect(shopperFacts({ name: null, email: null, pages: [], referrer: null, language: null, timeZone: null, device: { browser: null, os: null, type: null }, firstSeenAt: null, lastSeenAt: null, pastConversations: [] }, now, 'en')).toEqual([]);
});
