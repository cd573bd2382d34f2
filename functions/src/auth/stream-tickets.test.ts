import { describe, expect, it } from 'vitest';
import { STREAM_TICKET_TTL_MS, StreamTickets } from './stream-tickets';

const SECRET = 'kotha-test-visitor-token-key-0123456789abcdef';
const merchant = { siteId: 'site-1', uid: 'agent-1' };

describe('stream tickets', () => {
  it('open their one path, for their site and agent, for a minute', () => {
    let now = 1_000_000;
    const tickets = new StreamTickets(SECRET, () => now);
    const { ticket, expiresAt } = tickets.issue(merchant, '/v1/inbox/stream');
    expect(expiresAt).toBe(now + STREAM_TICKET_TTL_MS);
    expect(tickets.verify(ticket, '/v1/inbox/stream')).toEqual(merchant);
    expect(tickets.verify(ticket, '/v1/inbox/other')).toBeNull();
    now += STREAM_TICKET_TTL_MS;
    expect(tickets.verify(ticket, '/v1/inbox/stream')).toBeNull();
  });

  it('refuse a forged, altered or malformed ticket, and one signed with another secret', () => {
    const tickets = new StreamTickets(SECRET, () => 0);
    const { ticket } = tickets.issue(merchant, '/s');
    const [payload, signature] = ticket.split('.') as [string, string];
    const otherSite = Buffer.from(JSON.stringify({ s: 'site-2', u: 'agent-1', p: '/s', e: 60_000 })).toString('base64url');
    for (const bad of [`${otherSite}.${signature}`, `${payload}.${signature.slice(0, -2)}AA`, `${payload}`, `${payload}.${signature}.x`, '', 'garbage']) {
      expect(tickets.verify(bad, '/s'), bad).toBeNull();
    }
    expect(new StreamTickets(`${SECRET}-other`, () => 0).verify(ticket, '/s')).toBeNull();
  });
});
