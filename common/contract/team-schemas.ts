/**
 * Validation for the team's inbox tools (see team.ts for the responses), each request
 * type inferred from its schema, as in schemas.ts.
 */
import { z } from 'zod';
import { LIMITS } from './limits';
import { clientId, epochMs, recordId, requiredText } from './schemas';
import { INBOX_VIEWS, TEAM_LIMITS } from './team';

const text = requiredText;

export const inboxQuery = z.strictObject({
  view: z.enum(INBOX_VIEWS).default('open'),
  /** Only conversations with this label. */
  label: recordId.optional(),
  /** Words of a shopper's name, email or messages. */
  q: z.string().trim().min(1).max(TEAM_LIMITS.searchText, `must be at most ${TEAM_LIMITS.searchText} characters`).optional(),
  /** The previous page's `nextCursor`. */
  cursor: epochMs.optional(),
  limit: z.coerce.number().int().min(1).max(LIMITS.inboxPageMax).optional(),
});

export const labelRequest = z.strictObject({
  name: text(TEAM_LIMITS.labelName),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1a7f37').transform((c) => c.toLowerCase()),
});
export type LabelRequest = z.infer<typeof labelRequest>;

export const conversationLabelsRequest = z.strictObject({
  /** The conversation's labels after the change, by id. */
  labels: z
    .array(recordId)
    .max(TEAM_LIMITS.labelsPerConversation, `must be at most ${TEAM_LIMITS.labelsPerConversation} labels`)
    .transform((ids) => [...new Set(ids)]),
});
export type ConversationLabelsRequest = z.infer<typeof conversationLabelsRequest>;

export const assignRequest = z
  .strictObject({
    /** The agent's uid; null leaves the conversation unassigned. */
    assigneeUid: recordId.nullable(),
    /** A private note for the new assignee (a transfer). */
    note: text(LIMITS.messageText).optional(),
    noteId: clientId.optional(),
  })
  .refine((r) => (r.note === undefined) === (r.noteId === undefined), 'note and noteId go together');
export type AssignRequest = z.infer<typeof assignRequest>;

export const cannedRequest = z.strictObject({
  title: text(TEAM_LIMITS.cannedTitle),
  shortcut: z
    .string()
    .trim()
    .regex(/^[\p{L}\p{M}\p{N}_-]{1,32}$/u, 'must be one word of up to 32 letters, digits, _ or -')
    .transform((s) => s.toLowerCase()),
  text: text(TEAM_LIMITS.cannedText),
});
export type CannedRequest = z.infer<typeof cannedRequest>;

export const agentProfileRequest = z.strictObject({
  displayName: text(TEAM_LIMITS.agentName),
  photoUrl: z
    .string()
    .max(1000)
    .url('must be an address')
    .refine((u) => u.startsWith('https://'), 'must be an https address')
    .nullable(),
});
export type AgentProfileRequest = z.infer<typeof agentProfileRequest>;

export const blockRequest = z
  .strictObject({
    visitorId: recordId,
    reason: text(TEAM_LIMITS.blockReason),
    byAddress: z.boolean(),
    /** Block the address the shopper wrote from in this conversation (needed for byAddress). */
    conversationId: clientId.optional(),
  })
  .refine((r) => !r.byAddress || r.conversationId !== undefined, 'blocking by address needs the conversationId');
export type BlockRequest = z.infer<typeof blockRequest>;
