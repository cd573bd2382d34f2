import type { ErrorBody, MessagesResponse, SendMessageResponse, StartSessionResponse } from '@kotha/common/contract/api';
import type { RateRequest, SendVisitorMessageRequest, StartSessionRequest, TranscriptRequest } from '@kotha/common/contract/schemas';
import type { AvailabilityResponse, QueueResponse } from '@kotha/common/contract/hours';
import type { OfflineMessageRequest } from '@kotha/common/contract/hours-schemas';
import type { IdentifyResponse } from '@kotha/common/contract/identity';
import type { IdentifyRequest } from '@kotha/common/contract/identity-schemas';
import { WIDGET_ROUTES as ROUTES } from '@kotha/common/contract/widget-routes';
import { ApiError } from '@kotha/common/api-error';

const REQUEST_TIMEOUT_MS = 20_000;

/** A request as data: built by pure functions, sent by `createApiClient`. */
export interface ApiRequest {
  path: string;
  method: 'GET' | 'POST';
  token?: string;
  body?: unknown;
  /** Bypass the HTTP cache (answers that change at a known minute). */
  fresh?: true;
}

export const sessionRequest = (body: StartSessionRequest): ApiRequest => ({
  path: ROUTES.session,
  method: 'POST',
  body,
});

export const historyRequest = (token: string, conversationId: string): ApiRequest => ({
  path: ROUTES.visitorConversationMessages(conversationId),
  method: 'GET',
  token,
});

export const sendRequest = (token: string, body: SendVisitorMessageRequest): ApiRequest => ({
  path: ROUTES.visitorMessages,
  method: 'POST',
  token,
  body,
});

export const availabilityRequest = (siteId: string): ApiRequest => ({
  path: ROUTES.availability(siteId),
  method: 'GET',
  fresh: true,
});

export const offlineMessageRequest = (token: string, body: OfflineMessageRequest): ApiRequest => ({
  path: ROUTES.offlineMessage,
  method: 'POST',
  token,
  body,
});

export const readRequest = (token: string, conversationId: string): ApiRequest => ({
  path: ROUTES.visitorRead(conversationId),
  method: 'POST',
  token,
});

export const queueRequest = (token: string, conversationId: string): ApiRequest => ({
  path: ROUTES.queue(conversationId),
  method: 'GET',
  token,
});

/** The live stream's URL; EventSource cannot send headers, so the token goes in the query. */
export function streamUrl(api: string, token: string, since: number | null): string {
  const query = new URLSearchParams({ token });
  if (since !== null) query.set('since', String(since));
  return `${api}${ROUTES.visitorStream}?${query}`;
}

export interface ApiClient {
  startSession(body: StartSessionRequest): Promise<StartSessionResponse>;
  history(token: string, conversationId: string): Promise<MessagesResponse>;
  send(token: string, body: SendVisitorMessageRequest): Promise<SendMessageResponse>;
  /** Is the team in (business hours), until when, and what to say meanwhile. */
  availability(siteId: string): Promise<AvailabilityResponse>;
  /** A first message left with an email address (outside hours): the reply may come by email. */
  sendOffline(token: string, body: OfflineMessageRequest): Promise<SendMessageResponse>;
  /** The shopper has seen the conversation: no reply needs emailing. */
  markRead(token: string, conversationId: string): Promise<unknown>;
  /** Where the shopper stands in line while waiting for the team. */
  queue(token: string, conversationId: string): Promise<QueueResponse>;
  /** Who the shopper is (Kotha.identify). */
  identify(token: string, body: IdentifyRequest): Promise<IdentifyResponse>;
  /** The shopper is typing in `conversationId`. */
  typing(token: string, conversationId: string): Promise<unknown>;
  rate(token: string, conversationId: string, body: RateRequest): Promise<unknown>;
  transcript(token: string, conversationId: string, body: TranscriptRequest): Promise<unknown>;
  /** Any request built as data (the Help chunk's, help/api.ts). */
  request<T>(request: ApiRequest): Promise<T>;
}

/** Sends requests to the API at `api` (the base URL, no trailing slash). */
export function createApiClient(api: string, fetchImpl: typeof fetch = fetch): ApiClient {
  async function call<T>(request: ApiRequest): Promise<T> {
    const headers: Record<string, string> = {};
    if (request.body !== undefined) headers['Content-Type'] = 'application/json';
    if (request.token) headers.Authorization = `Bearer ${request.token}`;
    let response: Response;
    try {
      response = await fetchImpl(`${api}${request.path}`, {
        method: request.method,
        headers,
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        // The visitor token is the credential; the shop's cookies are none of our business.
        credentials: 'omit',
        ...(request.fresh ? { cache: 'no-store' as const } : {}),
        // A hung request would hold up every later message (sends are serialised), so give up
        // and let the shopper retry. AbortSignal.timeout is missing before Safari 16.
        signal: typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(REQUEST_TIMEOUT_MS) : null,
      });
    } catch (error) {
      throw new ApiError(0, 'network', error instanceof Error ? error.message : 'network error');
    }
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as ErrorBody | null;
      throw new ApiError(
        response.status,
        body?.error?.code ?? 'http_error',
        body?.error?.message ?? `HTTP ${response.status}`,
      );
    }
    return (response.status === 204 ? undefined : await response.json()) as T;
  }

  return {
    startSession: (body) => call(sessionRequest(body)),
    history: (token, conversationId) => call(historyRequest(token, conversationId)),
    send: (token, body) => call(sendRequest(token, body)),
    availability: (siteId) => call(availabilityRequest(siteId)),
    sendOffline: (token, body) => call(offlineMessageRequest(token, body)),
    markRead: (token, conversationId) => call(readRequest(token, conversationId)),
    queue: (token, conversationId) => call(queueRequest(token, conversationId)),
    identify: (token, body) => call({ path: ROUTES.identify, method: 'POST', token, body }),
    typing: (token, conversationId) => call({ path: ROUTES.visitorTyping(conversationId), method: 'POST', token }),
    rate: (token, conversationId, body) => call({ path: ROUTES.visitorRating(conversationId), method: 'POST', token, body }),
    transcript: (token, conversationId, body) => call({ path: ROUTES.visitorTranscript(conversationId), method: 'POST', token, body }),
    request: call,
  };
}
