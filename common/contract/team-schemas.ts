/** Validation for the team's inbox tools (see team.ts for the shapes). */
import { z } from 'zod';
import { LIMITS } from './limits';
import { clientId } from './schemas';
import {
  TEAM_LIMITS,
  type AgentProfileRequest,
  type AssignRequest,
  type BlockRequest,
  type CannedRequest,
  type ConversationLabelsRequest,
  type LabelRequest,
} from './team';

const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** Ids the server made (labels, canned responses) or Wix made (uids, visitor ids). */
export const recordId = z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, 'must be an id of letters, digits, _ or -');

export const labelRequest: z.ZodType<LabelRequest, unknown> = z.strictObject({
  name: text(TEAM_LIMITS.labelName),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1a7f37').transform((c) => c.toLowerCase()),
});

export const conversationLabelsRequest: z.ZodType<ConversationLabelsRequest, unknown> = z.strictObject({
  labels: z
    .array(recordId)
    .max(TEAM_LIMITS.labelsPerConversation, `must be at most ${TEAM_LIMITS.labelsPerConversation} labels`)
    .transform((ids) => [...new Set(ids)]),
});

export const assignRequest: z.ZodType<AssignRequest, unknown> = z
  .strictObject({
    assigneeUid: recordId.nullable(),
    note: text(LIMITS.messageText).optional(),
    noteId: clientId.optional(),
  })
  .refine((r) => (r.note === undefined) === (r.noteId === undefined), 'note and noteId go together');

export const cannedRequest: z.ZodType<CannedRequest, unknown> = z.strictObject({
  title: text(TEAM_LIMITS.cannedTitle),
  shortcut: z
    .string()
    .trim()
    .regex(/^[\p{L}\p{M}\p{N}_-]{1,32}$/u, 'must be one word of up to 32 letters, digits, _ or -')
    .transform((s) => s.toLowerCase()),
  text: text(TEAM_LIMITS.cannedText),
});

export const agentProfileRequest: z.ZodType<AgentProfileRequest, unknown> = z.strictObject({
  displayName: text(TEAM_LIMITS.agentName),
  photoUrl: z
    .string()
    .max(1000)
    .url('must be an address')
    .refine((u) => u.startsWith('https://'), 'must be an https address')
    .nullable(),
});

export const blockRequest: z.ZodType<BlockRequest, unknown> = z
  .strictObject({
    visitorId: recordId,
    reason: text(TEAM_LIMITS.blockReason),
    byAddress: z.boolean(),
    conversationId: clientId.optional(),
  })
  .refine((r) => !r.byAddress || r.conversationId !== undefined, 'blocking by address needs the conversationId');
