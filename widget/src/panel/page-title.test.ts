import { expect, it } from 'vitest';
import { pageTitleKeeper } from './page-title';

it('adds the unread count to the tab title and restores it', () => {
  const doc = { title: 'Nakshi Crafts' };
  const show = pageTitleKeeper(doc);
  const bengali = (n: number) => new Intl.NumberFormat('bn').format(n);
  show(0, String);
  expect(doc.title).toBe('Nakshi Crafts');
  show(2, bengali);
  expect(doc.title).toBe('(২) Nakshi Crafts');
  show(3, String);
  expect(doc.title).toBe('(3) Nakshi Crafts');
  show(0, String);
  expect(doc.title).toBe('Nakshi Crafts');
});
