/**
 * The sample conversation a new site starts with, so the inbox is not empty the first
 * time it opens. One definition for a real install (app-lifecycle.ts) and the local stack
 * (scripts/local-stack.ts), so what a developer sees is what a merchant gets. Idempotent:
 * fixed ids, and every send is idempotent by id.
 */
import type { ChatService } from '../chat/chat-service';

export const SAMPLE_CONVERSATION_ID = 'sample_conversation';
export const SAMPLE_VISITOR_ID = 'v_sample';

export async function seedSampleConversation(chat: ChatService, siteId: string): Promise<void> {
  const visitor = { siteId, visitorId: SAMPLE_VISITOR_ID };
  const conversationId = SAMPLE_CONVERSATION_ID;
  await chat.sendVisitorMessage(visitor, { conversationId, id: 'sample_1', text: 'Hi! Do you ship to Chattogram, and how long does it take?' }, { visitorName: 'Ruma (sample shopper)', visitorEmail: 'ruma@example.com' }, { announce: false });
  // Kotha's note, not a teammate's reply: an automatic message, signed with the team's name
  // like every automatic one, which leaves the list's preview on the shopper's words.
  await chat.sendAutomaticMessage(siteId, conversationId, { id: 'sample_2', text: 'This is a sample conversation. Replies you write here reach the shopper live in the chat on your site. Delete or close it whenever you like.' });
}
