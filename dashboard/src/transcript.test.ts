import { expect, it } from 'vitest';
import type { Conversation, Message } from '@kotha/common/contract/api.ts';
import { transcriptText } from './transcript.ts';

const conversation: Conversation = {
  id: 'c1', visitorId: 'v1', visitorName: 'Rina', visitorEmail: 'rina@example.com', status: 'closed', createdAt: Date.UTC(2026, 10, 30, 9, 0),
  updatedAt: 0, lastMessageText: null, lastMessageAuthor: null, unreadByAgent: 0, unreadByVisitor: 0, messageCount: 2, labels: [], assigneeUid: null, waitingSince: null, agentReadAt: null, snoozedUntil: null, rating: null, ratingComment: null,
};
const message = (author: Message['author'], text: string, minute: number, authorName: string | null = null): Message => ({
  id: `m${minute}`, conversationId: 'c1', author, authorName, text, createdAt: Date.UTC(2026, 10, 30, 9, minute),
});

it('writes who said what and when, as plain text', () => {
  const text = transcriptText(
    conversation,
    [message('visitor', 'Do you ship to Sylhet?', 1), message('agent', '<b>Yes</b>, 2 days.', 2, 'Asha'), message('system', 'We are away.', 3), message('system', 'Still in line.', 4, 'Nakshi Crafts')],
    'en-GB',
    'UTC',
  );
  // Automatic messages are the shop's, marked automatic (issue 12: they were signed "Kotha").
  expect(text).toBe(
    [
      'Conversation with Rina <rina@example.com>',
      'Started 30 Nov 2026, 09:00 · Closed',
      '',
      '[30 Nov 2026, 09:01] Rina: Do you ship to Sylhet?',
      '[30 Nov 2026, 09:02] Asha: <b>Yes</b>, 2 days.',
      '[30 Nov 2026, 09:03] Team (automatic): We are away.',
      '[30 Nov 2026, 09:04] Nakshi Crafts (automatic): Still in line.',
      '',
    ].join('\n'),
  );
});
