import { describe, expect, it } from 'vitest';
import type { Conversation, Message } from '@kotha/common/contract';
import {
  applySummary,
  newConversation,
  PREVIEW_LENGTH,
  previewOf,
  summaryChange,
  toInboxEvent,
  toVisitorConversation,
  toVisitorEvent,
  visitorMayWrite,
  type SiteEvent,
} from './conversation';

const visitor = { visitorId: 'v1', visitorName: 'Rina', visitorEmail: 'rina@example.com' };
const base = newConversation('c1', visitor, 1000);
const message = (author: Message['author'], text = 'hello', createdAt = 2000): Message => ({
  id: 'm1',
  conversationId: 'c1',
  author,
  authorName: null,
  text,
  createdAt,
});

describe('previewOf', () => {
  it('collapses whitespace to one line', () => {
    expect(previewOf('  hello\n\n  there\tfriend ')).toBe('hello there friend');
  });
  it('cuts long text with an ellipsis, at a character boundary', () => {
    const bengali = 'কথা'.repeat(100);
    const preview = previewOf(bengali);
    expect(Array.from(preview)).toHaveLength(PREVIEW_LENGTH);
    expect(preview.endsWith('…')).toBe(true);
    expect(preview).not.toContain('\uFFFD');
  });
  it('keeps short text whole', () => {
    expect(previewOf('ok')).toBe('ok');
  });
});

describe('summaryChange + applySummary', () => {
  it('counts a shopper message as unread for the team', () => {
    const after = applySummary(base, summaryChange(message('visitor'), base));
    expect(after).toMatchObject({ messageCount: 1, unreadByAgent: 1, unreadByVisitor: 0, updatedAt: 2000, lastMessageAuthor: 'visitor', lastMessageText: 'hello' });
  });
  it('counts a reply as unread for the shopper', () => {
    const after = applySummary(base, summaryChange(message('agent'), base));
    expect(after).toMatchObject({ messageCount: 1, unreadByAgent: 0, unreadByVisitor: 1 });
  });
  it('reopens a closed conversation when the team replies', () => {
    const closed: Conversation = { ...base, status: 'closed' };
    expect(applySummary(closed, summaryChange(message('agent'), closed)).status).toBe('open');
    expect(summaryChange(message('agent'), base).set.status).toBeUndefined();
  });
  it('accumulates', () => {
    let c = base;
    for (let i = 0; i < 3; i++) c = applySummary(c, summaryChange(message('visitor', `m${i}`, 2000 + i), c));
    expect(c).toMatchObject({ messageCount: 3, unreadByAgent: 3, lastMessageText: 'm2', updatedAt: 2002 });
  });
  it('wakes a snoozed conversation when the shopper writes, not when the team does', () => {
    const snoozed: Conversation = { ...base, status: 'snoozed', snoozedUntil: 9999 };
    expect(applySummary(snoozed, summaryChange(message('visitor'), snoozed))).toMatchObject({ status: 'open', snoozedUntil: null });
    expect(applySummary(snoozed, summaryChange(message('agent'), snoozed))).toMatchObject({ status: 'snoozed', snoozedUntil: 9999 });
    expect(toVisitorConversation(snoozed).status).toBe('open');
  });

  it('waits from the first unanswered shopper message until the team replies', () => {
    let c = applySummary(base, summaryChange(message('visitor', 'a', 2000), base));
    c = applySummary(c, summaryChange(message('visitor', 'b', 2500), c));
    expect(c.waitingSince).toBe(2000);
    c = applySummary(c, summaryChange(message('system', 'auto', 2600), c));
    expect(c.waitingSince).toBe(2000);
    c = applySummary(c, summaryChange(message('agent', 'hi', 3000), c));
    expect(c.waitingSince).toBeNull();
    c = applySummary(c, summaryChange(message('visitor', 'again', 4000), c));
    expect(c.waitingSince).toBe(4000);
  });

  it('lets an automatic message neither bump the inbox order nor stand in for the shopper in the preview', () => {
    const asked = applySummary(base, summaryChange(message('visitor', 'Do you ship to Sylhet?', 2000), base));
    const note = { ...message('system', "You're still in line.", 5000), automatic: true as const };
    const after = applySummary(asked, summaryChange(note, asked));
    // The order (updatedAt) and the preview stay the shopper's; the shopper has one more to read.
    expect(after).toMatchObject({ updatedAt: 2000, lastMessageText: 'Do you ship to Sylhet?', lastMessageAuthor: 'visitor', waitingSince: 2000 });
    expect(after).toMatchObject({ messageCount: 2, unreadByAgent: 1, unreadByVisitor: 1 });
    // Not even on a closed or snoozed conversation does it change the status.
    const closed: Conversation = { ...asked, status: 'closed' };
    expect(applySummary(closed, summaryChange(note, closed)).status).toBe('closed');
  });
});

describe('visitorMayWrite', () => {
  it('lets anyone start a new conversation', () => {
    expect(visitorMayWrite(null, 'v1')).toBe('ok');
  });
  it('lets the owner write to an open conversation', () => {
    expect(visitorMayWrite(base, 'v1')).toBe('ok');
  });
  it('hides another visitor’s conversation as missing', () => {
    expect(visitorMayWrite(base, 'v2')).toBe('not_found');
    expect(visitorMayWrite({ ...base, status: 'closed' }, 'v2')).toBe('not_found');
  });
  it('refuses a closed conversation', () => {
    expect(visitorMayWrite({ ...base, status: 'closed' }, 'v1')).toBe('closed');
  });
});

describe('projections', () => {
  const event: SiteEvent = { id: 'e1', at: 2000, type: 'message.created', conversationId: 'c1', visitorId: 'v1', message: message('agent'), conversation: base };

  it('shows a shopper none of the team-only fields', () => {
    const shown = toVisitorConversation(base);
    expect(Object.keys(shown).sort()).toEqual(['agentReadAt', 'createdAt', 'id', 'lastMessageText', 'rating', 'status', 'unreadByVisitor', 'updatedAt']);
    const projected = toVisitorEvent(event);
    expect(projected.type !== 'typing' && projected.conversation).toEqual(shown);
    expect(projected).not.toHaveProperty('visitorId');
    expect(JSON.stringify(projected)).not.toContain('rina@example.com');
  });

  it('projects status updates for the shopper', () => {
    const update: SiteEvent = { id: 'e2', at: 3000, type: 'conversation.updated', conversationId: 'c1', visitorId: 'v1', conversation: { ...base, status: 'closed' } };
    expect(toVisitorEvent(update)).toEqual({ id: 'e2', at: 3000, type: 'conversation.updated', conversationId: 'c1', conversation: { ...toVisitorConversation(base), status: 'closed' } });
  });

  it('drops the routing field for the inbox', () => {
    expect(toInboxEvent(event)).not.toHaveProperty('visitorId');
    expect(toInboxEvent(event)).toMatchObject({ id: 'e1', conversation: base });
  });
});
