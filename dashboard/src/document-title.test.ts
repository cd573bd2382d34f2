import { expect, it } from 'vitest';
import { inboxTitle } from './document-title.ts';

it('shows the unread total only when there is one', () => {
  expect(inboxTitle(0)).toBe('Inbox · Kotha');
  expect(inboxTitle(3)).toBe('(3) Inbox · Kotha');
});
