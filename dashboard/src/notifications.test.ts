import { describe, expect, it } from 'vitest';
import type { Conversation, InboxEvent, Message } from '@kotha/common/contract/api.ts';
import { alertFor } from './notifications.ts';

const conversation = (patch: Partial<Conversation> = {}): Conversation => ({
  id: 'c1', visitorId: 'v1', visitorName: 'Rina', visitorEmail: null, status: 'open', createdAt: 1, updatedAt: 2,
  lastMessageText: 'hi', lastMessageAuthor: 'visitor', unreadByAgent: 1, unreadByVisitor: 0, messageCount: 1,
  labels: [], assigneeUid: null, waitingSince: 2, agentReadAt: null, snoozedUntil: null, rating: null, ratingComment: null, ...patch,
});
const message = (author: Message['author'], text = 'Is the <b>lamp</b> in stock?'): Message => ({ id: 'm1', conversationId: 'c1', author, authorName: null, text, createdAt: 2 });
const created = (author: Message['author'], patch: Partial<Conversation> = {}, text?: string): InboxEvent => ({
  id: 'e1', at: 2, type: 'message.created', conversationId: 'c1', message: message(author, text), conversation: conversation(patch),
});

describe('alertFor', () => {
  it('announces a new chat and a new message from a shopper who is not on screen', () => {
    expect(alertFor(created('visitor'), false)).toEqual({ title: 'New chat from Rina', body: 'Is the <b>lamp</b> in stock?', tag: 'kotha-c1', conversationId: 'c1' });
    expect(alertFor(created('visitor', { messageCount: 4 }), false)?.title).toBe('Rina wrote');
  });
  it('stays quiet for the conversation on screen, replies, notes and updates', () => {
    expect(alertFor(created('visitor'), true)).toBeNull();
    expect(alertFor(created('agent'), false)).toBeNull();
    expect(alertFor(created('system'), false)).toBeNull();
    expect(alertFor({ id: 'e', at: 1, type: 'conversation.updated', conversationId: 'c1', conversation: conversation() }, false)).toBeNull();
  });
  it('keeps the body to one short line', () => {
    const body = alertFor(created('visitor', {}, `${'word '.repeat(60)}\n\nend`), false)?.body ?? '';
    expect(Array.from(body)).toHaveLength(120);
    expect(body).not.toContain('\n');
  });
});
