import { describe, expect, it } from 'vitest';
import { AlreadyExists, Conflict, Forbidden, Invalid, NotFound } from '../domain/errors';
import { errorHandler, fromDomain } from './errors';

describe('fromDomain', () => {
  it('gives each kind of domain error its status and keeps its code and message', () => {
    expect([new Invalid('until: must be in the future.'), new Forbidden('off'), new NotFound('No such conversation.'), new Conflict('conversation_closed', 'closed')].map(fromDomain).map((e) => [e.status, e.code, e.message])).toEqual([
      [400, 'invalid_request', 'until: must be in the future.'],
      [403, 'forbidden', 'off'],
      [404, 'not_found', 'No such conversation.'],
      [409, 'conversation_closed', 'closed'],
    ]);
    expect(fromDomain(new AlreadyExists('m_1')).status).toBe(409);
  });
});

/** What the central handler answers and logs for `error` thrown on `path`. */
function handled(error: unknown, path: string) {
  const logged: string[] = [];
  const sent: { status?: number; body?: unknown } = {};
  const res = {
    headersSent: false,
    status(code: number) {
      sent.status = code;
      return this;
    },
    json(body: unknown) {
      sent.body = body;
      return this;
    },
  };
  errorHandler({ error: (message) => logged.push(message) })(error, { method: 'GET', path } as never, res as never, () => {});
  return { sent, logged };
}

describe('errorHandler', () => {
  it('answers a domain error with its status and JSON body, and logs nothing', () => {
    const { sent, logged } = handled(new NotFound('No such conversation.'), '/x');
    expect(sent).toEqual({ status: 404, body: { error: { code: 'not_found', message: 'No such conversation.' } } });
    expect(logged).toEqual([]);
  });
});

describe('errorHandler on what the router throws', () => {
  it('answers a malformed percent escape with 400 invalid_id, not a logged 500', () => {
    const { sent, logged } = handled(new URIError("Failed to decode param '%ZZ'"), '/x/%ZZ');
    expect(sent).toEqual({ status: 400, body: { error: { code: 'invalid_id', message: 'The path has a malformed percent escape.' } } });
    expect(logged).toEqual([]);
  });
});
