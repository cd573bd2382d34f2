/**
 * The team's inbox tools: views, labels, assignment, canned responses, agent profiles and
 * blocked shoppers. Shapes and limits only (no runtime dependencies); the requests and
 * their schemas are in team-schemas.ts. Imports point one way: team builds on the chat
 * (api.ts), never the reverse.
 */
import type { Conversation, Note } from './api';

/** The inbox's views; `label` and `q` narrow any of them. */
export const INBOX_VIEWS = ['open', 'unassigned', 'mine', 'waiting', 'snoozed', 'closed'] as const;
export type InboxView = (typeof INBOX_VIEWS)[number];

export const TEAM_LIMITS = {
  labelName: 40,
  labelsPerSite: 100,
  labelsPerConversation: 20,
  cannedTitle: 80,
  cannedShortcut: 32,
  cannedText: 2000,
  cannedPerSite: 500,
  agentName: 80,
  blockReason: 300,
  searchText: 100,
} as const;

export interface Label {
  id: string;
  name: string;
  /** A #rrggbb colour. */
  color: string;
  createdAt: number;
}

export interface CannedResponse {
  id: string;
  title: string;
  /** Typed after "/" in the composer to find it quickly. */
  shortcut: string;
  /** May hold {shopper.name}, {shopper.email}, {agent.name} and {team.name}. */
  text: string;
  updatedAt: number;
}

/** A member of the team: the Wix user (uid) and how shoppers see them. */
export interface Agent {
  uid: string;
  displayName: string;
  /** An https image address, or null for initials. */
  photoUrl: string | null;
  /** The last time they opened the inbox. */
  lastSeenAt: number;
}

/** Who is calling: the dashboard asks first, and opening the inbox makes the caller a team member. */
export interface MeResponse {
  siteId: string;
  /** The caller's agent profile. */
  agent: Agent;
  /** The team's name shoppers see (the {team.name} of canned responses). */
  teamName: string;
}

export interface BlockedShopper {
  visitorId: string;
  reason: string;
  /** True when the shopper's network address (kept only as a keyed hash) is blocked too. */
  byAddress: boolean;
  blockedAt: number;
  blockedBy: string;
  /** The name we knew them by, to recognise them in the list. */
  visitorName: string | null;
}

// Responses.
export interface LabelsResponse {
  labels: Label[];
}
export interface CannedResponsesResponse {
  canned: CannedResponse[];
}
export interface AgentsResponse {
  agents: Agent[];
  /** The caller. */
  me: string;
}
export interface BlockedResponse {
  blocked: BlockedShopper[];
}
export interface AssignResponse {
  conversation: Conversation;
  note: Note | null;
}
