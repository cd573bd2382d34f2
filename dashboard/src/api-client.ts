/**
 * The merchant API, typed by the shared contract. Inside Wix every request goes through
 * @wix/dashboard's fetchWithAuth, which adds a fresh Wix access token (the `fetch` handed
 * in); opened with the legacy signed instance, requests carry `Authorization: Instance …`.
 * EventSource cannot set headers, so the stream opens with a one-minute ticket asked for
 * with that credential: no long-lived credential ever goes in a URL.
 */
import { ROUTES } from '@kotha/common/contract/routes.ts';
import type {
  ConversationResponse,
  EarlierMessagesResponse,
  ConversationStatus,
  ConversationUpdateResponse,
  ErrorBody,
  InboxResponse,
  StreamTicketResponse,
  SendMessageResponse,
  Note,
} from '@kotha/common/contract/api.ts';
import { ApiError } from '@kotha/common/api-error.ts';
import type { ExportQuery } from '@kotha/common/contract/account-schemas.ts';
import type { HoursSettings } from '@kotha/common/contract/hours-schemas.ts';
import type { HoursSettingsResponse } from '@kotha/common/contract/hours.ts';
import type { ShopperContext } from '@kotha/common/contract/visits.ts';
import type { AddNoteRequest, SendAgentMessageRequest, WidgetSettings } from '@kotha/common/contract/schemas.ts';
import type {
  Agent,
  AgentsResponse,
  AssignResponse,
  BlockedResponse,
  BlockedShopper,
  CannedResponse,
  CannedResponsesResponse,
  Label,
  LabelsResponse,
  MeResponse,
} from '@kotha/common/contract/team.ts';
// Type-only, like every request type here: shapes come from their schemas without bundling zod.
import type { AgentProfileRequest, AssignRequest, BlockRequest, CannedRequest, inboxQuery, LabelRequest } from '@kotha/common/contract/team-schemas.ts';
import type { OwnerAlertsResponse, PlanResponse as PlanInfo, SetupResponse, WeeklyDigestResponse } from '@kotha/common/contract/account.ts';
import type { ShopperRecord } from '@kotha/common/contract/shopper-record.ts';
import type { AnalyticsResponse } from '@kotha/common/contract/analytics.ts';
import type { Article, HelpArticlesResponse, HelpCollection, HelpCollectionsResponse, HelpHealthResponse, HelpImportResponse, HelpPreviewResponse } from '@kotha/common/contract/help.ts';
import type { CollectionRequest, CreateArticleRequest, HelpImportRequest, UpdateArticleRequest } from '@kotha/common/contract/help-schemas.ts';
import type { z } from 'zod';

export type { PlanInfo, ShopperRecord };

/** The inbox list query (view, label, search words, cursor, page size). */
export type InboxQuery = Partial<z.output<typeof inboxQuery>>;

export interface ApiClient {
  me(): Promise<MeResponse>;
  inbox(query?: InboxQuery): Promise<InboxResponse>;
  conversation(conversationId: string): Promise<ConversationResponse>;
  /** Messages before `before` (a createdAt), oldest first. */
  earlierMessages(conversationId: string, before: number): Promise<EarlierMessagesResponse>;
  reply(conversationId: string, body: SendAgentMessageRequest): Promise<SendMessageResponse>;
  addNote(conversationId: string, body: AddNoteRequest): Promise<{ note: Note; duplicate: boolean }>;
  setStatus(conversationId: string, status: ConversationStatus): Promise<ConversationUpdateResponse>;
  snooze(conversationId: string, until: number): Promise<ConversationUpdateResponse>;
  /** Resolves with the updated conversation, or null if the API answers without a body. */
  markRead(conversationId: string): Promise<ConversationUpdateResponse | null>;
  /** The inbox stream's URL with a fresh ticket, resuming after `since` (server ms) when given. */
  inboxStreamUrl(since?: number): Promise<string>;
  /** The hours, and the site's own time zone from Wix (null when it has none). */
  hoursSettings(): Promise<HoursSettingsResponse>;
  plan(): Promise<PlanInfo>;
  /** The first run: where to try the chat, and the setup steps the site's data shows done. */
  setup(): Promise<SetupResponse>;
  /** Whether the site's owners get alerts on their phone (new chats, shoppers waiting). */
  ownerAlerts(): Promise<OwnerAlertsResponse>;
  setOwnerAlerts(enabled: boolean): Promise<OwnerAlertsResponse>;
  weeklyDigest(): Promise<WeeklyDigestResponse>;
  setWeeklyDigest(enabled: boolean): Promise<WeeklyDigestResponse>;
  /** Erases everything stored about one shopper (GDPR); resolves with how many records went. */
  eraseVisitor(visitorId: string): Promise<{ deleted: number }>;
  /** All the site's conversations as JSON (GDPR access request). */
  exportAllData(): Promise<unknown>;
  /** What Wix knows about the conversation's shopper (contact, orders); `available: false` when Wix did not answer, `missing` for the parts it could not give. */
  wixContext(conversationId: string): Promise<ShopperRecord>;
  saveHoursSettings(settings: HoursSettings): Promise<HoursSettings>;
  labels(): Promise<LabelsResponse>;
  createLabel(body: LabelRequest): Promise<{ label: Label }>;
  updateLabel(labelId: string, body: LabelRequest): Promise<{ label: Label }>;
  deleteLabel(labelId: string): Promise<{ deleted: true; conversationsChanged: number }>;
  setLabels(conversationId: string, labels: string[]): Promise<ConversationUpdateResponse>;
  assign(conversationId: string, body: AssignRequest): Promise<AssignResponse>;
  canned(): Promise<CannedResponsesResponse>;
  createCanned(body: CannedRequest): Promise<{ canned: CannedResponse }>;
  updateCanned(cannedId: string, body: CannedRequest): Promise<{ canned: CannedResponse }>;
  deleteCanned(cannedId: string): Promise<{ deleted: true }>;
  agents(): Promise<AgentsResponse>;
  saveProfile(body: AgentProfileRequest): Promise<{ agent: Agent }>;
  blocked(): Promise<BlockedResponse>;
  block(body: BlockRequest): Promise<{ blocked: BlockedShopper }>;
  unblock(visitorId: string): Promise<{ unblocked: true }>;
  /** `updateRequired`: the site runs an older version of the app, so Wix keeps its old embed until the owner updates. */
  widgetSettings(): Promise<{ settings: WidgetSettings; updateRequired?: true }>;
  /**
   * Saves the widget's look; `embedded` is false when Wix did not take the new embed, and
   * `updateRequired` says why when the site runs an older version of the app.
   */
  saveWidgetSettings(settings: WidgetSettings): Promise<{ settings: WidgetSettings; embedded: boolean; updateRequired?: true }>;
  /** Who the conversation's shopper is: their visit, device, earlier conversations. */
  shopperContext(conversationId: string): Promise<ShopperContext>;
  /** The agent is typing a reply in the conversation. */
  typing(conversationId: string): Promise<unknown>;
  /** Conversations active in [from, to) as a CSV or JSON file (Premium). */
  exportConversations(from: number, to: number, format: ExportQuery['format']): Promise<Blob>;
  /**
   * Figures of conversations started in [from, to), with the reply target in minutes ("answered
   * within", and "missed" past it); the free plan's answer starts at most 7 days back.
   */
  analytics(from: number, to: number, targetMinutes?: number): Promise<AnalyticsResponse>;
  /** The same conversations, one CSV row each with raw timestamps. */
  analyticsCsv(from: number, to: number): Promise<Blob>;
  /** The help center: every article version and collection. */
  helpArticles(): Promise<HelpArticlesResponse>;
  createArticle(body: CreateArticleRequest): Promise<Article>;
  /** An edit; publishing and unpublishing are a `status` change. */
  updateArticle(articleId: string, body: UpdateArticleRequest): Promise<Article>;
  deleteArticle(articleId: string): Promise<unknown>;
  createCollection(body: CollectionRequest): Promise<HelpCollection>;
  renameCollection(collectionId: string, body: CollectionRequest): Promise<HelpCollection>;
  deleteCollection(collectionId: string): Promise<unknown>;
  reorderCollections(ids: string[]): Promise<HelpCollectionsResponse>;
  importArticles(body: HelpImportRequest): Promise<HelpImportResponse>;
  /** Markdown rendered and sanitised by the server, exactly as shoppers will see it. */
  previewArticle(body: string): Promise<HelpPreviewResponse>;
  helpHealth(from: number, to: number): Promise<HelpHealthResponse>;
}

export interface ApiClientOptions {
  apiBase: string;
  /** The legacy signed instance, sent as `Authorization: Instance …`; without it, `fetch` must authenticate (Wix's fetchWithAuth). */
  instance?: string;
  fetch?: typeof fetch;
}

const NETWORK_MESSAGE = "Can't reach Kotha right now. Check your connection and try again.";

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string';
}

/** The query string of an inbox request, leaving out what is not set. */
export function inboxQueryString(query: InboxQuery = {}): string {
  const params = new URLSearchParams();
  if (query.view !== undefined) params.set('view', query.view);
  if (query.label !== undefined) params.set('label', query.label);
  if (query.q !== undefined) params.set('q', query.q);
  if (query.cursor !== undefined) params.set('cursor', String(query.cursor));
  if (query.limit !== undefined) params.set('limit', String(query.limit));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Creates the client; pass `fetch` to test it without a network. */
export function createApiClient({ apiBase, instance, fetch: fetchImpl = globalThis.fetch.bind(globalThis) }: ApiClientOptions): ApiClient {
  const base = apiBase.replace(/\/+$/, '');
  const credential: Record<string, string> = instance ? { Authorization: `Instance ${instance}` } : {};

  async function download(path: string): Promise<Blob> {
    let response: Response;
    try {
      response = await fetchImpl(`${base}${path}`, { headers: { ...credential } });
    } catch (cause) {
      throw new ApiError(0, 'network', NETWORK_MESSAGE, { cause });
    }
    if (response.ok) return response.blob();
    const parsed: unknown = await response.json().catch(() => null);
    if (isErrorBody(parsed)) throw new ApiError(response.status, parsed.error.code, parsed.error.message);
    throw new ApiError(response.status, 'unavailable', `Kotha's server is unavailable (HTTP ${response.status}). Try again in a moment.`);
  }

  async function request<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { ...credential, Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await fetchImpl(`${base}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (cause) {
      throw new ApiError(0, 'network', NETWORK_MESSAGE, { cause });
    }
    const text = await response.text().catch(() => '');
    let parsed: unknown = null;
    if (text) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = null;
      }
    }
    if (!response.ok) {
      if (isErrorBody(parsed)) throw new ApiError(response.status, parsed.error.code, parsed.error.message);
      // No JSON error: a proxy or a missing server answered, not our API.
      throw new ApiError(response.status, 'unavailable', `Kotha's server is unavailable (HTTP ${response.status}). Try again in a moment.`);
    }
    if (text && parsed === null) throw new ApiError(response.status, 'bad_response', 'The server sent a response Kotha could not read.');
    return parsed as T;
  }

  return {
    me: () => request<MeResponse>('GET', ROUTES.me),
    inbox: (query) => request<InboxResponse>('GET', `${ROUTES.inbox}${inboxQueryString(query)}`),
    conversation: (id) => request<ConversationResponse>('GET', ROUTES.conversation(id)),
    earlierMessages: (id, before) => request<EarlierMessagesResponse>('GET', `${ROUTES.agentMessages(id)}?before=${before}`),
    reply: (id, body) => request<SendMessageResponse>('POST', ROUTES.agentMessages(id), body),
    addNote: (id, body) => request<{ note: Note; duplicate: boolean }>('POST', ROUTES.conversationNotes(id), body),
    setStatus: (id, status) => request<ConversationUpdateResponse>('POST', ROUTES.conversationStatus(id), { status }),
    snooze: (id, until) => request<ConversationUpdateResponse>('POST', ROUTES.conversationSnooze(id), { until }),
    markRead: (id) => request<ConversationUpdateResponse | null>('POST', ROUTES.conversationRead(id)),
    hoursSettings: () => request<HoursSettingsResponse>('GET', ROUTES.hoursSettings),
    plan: () => request<PlanInfo>('GET', ROUTES.plan),
    setup: () => request<SetupResponse>('GET', ROUTES.setup),
    ownerAlerts: () => request<OwnerAlertsResponse>('GET', ROUTES.ownerAlerts),
    setOwnerAlerts: (enabled) => request<OwnerAlertsResponse>('PUT', ROUTES.ownerAlerts, { enabled }),
    weeklyDigest: () => request<WeeklyDigestResponse>('GET', ROUTES.weeklyDigest),
    setWeeklyDigest: (enabled) => request<WeeklyDigestResponse>('PUT', ROUTES.weeklyDigest, { enabled }),
    eraseVisitor: (visitorId) => request<{ deleted: number }>('DELETE', ROUTES.eraseVisitor(visitorId)),
    exportAllData: () => request<unknown>('GET', ROUTES.privacyExport),
    wixContext: (id) => request<ShopperRecord>('GET', ROUTES.shopperRecord(id)),
    saveHoursSettings: (settings) => request<HoursSettings>('PUT', ROUTES.hoursSettings, settings),
    labels: () => request('GET', ROUTES.labels),
    createLabel: (body) => request('POST', ROUTES.labels, body),
    updateLabel: (id, body) => request('PUT', ROUTES.label(id), body),
    deleteLabel: (id) => request('DELETE', ROUTES.label(id)),
    setLabels: (id, labels) => request('PUT', ROUTES.conversationLabels(id), { labels }),
    assign: (id, body) => request('PUT', ROUTES.conversationAssignee(id), body),
    canned: () => request('GET', ROUTES.canned),
    createCanned: (body) => request('POST', ROUTES.canned, body),
    updateCanned: (id, body) => request('PUT', ROUTES.cannedOne(id), body),
    deleteCanned: (id) => request('DELETE', ROUTES.cannedOne(id)),
    agents: () => request('GET', ROUTES.agents),
    saveProfile: (body) => request('PUT', ROUTES.agentProfile, body),
    blocked: () => request('GET', ROUTES.blocked),
    block: (body) => request('POST', ROUTES.blocked, body),
    unblock: (visitorId) => request('DELETE', ROUTES.blockedOne(visitorId)),
    typing: (id) => request('POST', ROUTES.agentTyping(id)),
    shopperContext: (id) => request('GET', ROUTES.shopperContext(id)),
    widgetSettings: () => request('GET', ROUTES.widgetSettings),
    saveWidgetSettings: (settings) => request('PUT', ROUTES.widgetSettings, settings),
    exportConversations: (from, to, format) => download(`${ROUTES.export}?${new URLSearchParams({ from: String(from), to: String(to), format })}`),
    analytics: (from, to, targetMinutes = 5) =>
      request('GET', `${ROUTES.analytics}?${new URLSearchParams({ from: String(Math.max(0, Math.floor(from))), to: String(Math.floor(to)), answeredWithin: String(targetMinutes), missedAfter: String(targetMinutes) })}`),
    analyticsCsv: (from, to) => download(`${ROUTES.analytics}?${new URLSearchParams({ from: String(Math.max(0, Math.floor(from))), to: String(Math.floor(to)), format: 'csv' })}`),
    helpArticles: () => request('GET', ROUTES.helpArticles),
    createArticle: (body) => request('POST', ROUTES.helpArticles, body),
    updateArticle: (id, body) => request('PATCH', ROUTES.helpArticleOne(id), body),
    deleteArticle: (id) => request('DELETE', ROUTES.helpArticleOne(id)),
    createCollection: (body) => request('POST', ROUTES.helpCollections, body),
    renameCollection: (id, body) => request('PATCH', ROUTES.helpCollectionOne(id), body),
    deleteCollection: (id) => request('DELETE', ROUTES.helpCollectionOne(id)),
    reorderCollections: (ids) => request('PUT', ROUTES.helpCollectionOrder, { ids }),
    importArticles: (body) => request('POST', ROUTES.helpImport, body),
    previewArticle: (body) => request('POST', ROUTES.helpPreview, { body }),
    helpHealth: (from, to) => request('GET', `${ROUTES.helpHealth}?${new URLSearchParams({ from: String(Math.floor(from)), to: String(Math.floor(to)) })}`),
    async inboxStreamUrl(since) {
      const { ticket } = await request<StreamTicketResponse>('POST', ROUTES.streamTicket);
      const params = new URLSearchParams({ ticket });
      if (since !== undefined) params.set('since', String(since));
      return `${base}${ROUTES.inboxStream}?${params.toString()}`;
    },
  };
}
