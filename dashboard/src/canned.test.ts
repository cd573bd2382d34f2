import { describe, expect, it } from 'vitest';
import { fillPlaceholders, matchCanned, slashQuery } from './canned.ts';

const canned = (shortcut: string, title: string, text = '') => ({ id: shortcut, shortcut, title, text, updatedAt: 0 });

describe('canned responses', () => {
  it('fills placeholders, and reads naturally when a value is unknown', () => {
    const values = { shopperName: 'Rina', shopperEmail: 'rina@example.com', agentName: 'Asha', teamName: 'Brass & Co' };
    expect(fillPlaceholders('Hi {shopper.name}, {agent.name} from {team.name} here. We wrote to {shopper.email}.', values)).toBe(
      'Hi Rina, Asha from Brass & Co here. We wrote to rina@example.com.',
    );
    expect(fillPlaceholders('Hi {shopper.name}, thanks! — {agent.name}', { shopperName: null, shopperEmail: null, agentName: null, teamName: null })).toBe('Hi there, thanks! —');
    expect(fillPlaceholders('{unknown} stays', { shopperName: null, shopperEmail: null, agentName: null, teamName: null })).toBe('{unknown} stays');
  });

  it('opens the picker only for a leading slash word', () => {
    expect(slashQuery('/')).toBe('');
    expect(slashQuery('/Ship')).toBe('ship');
    expect(slashQuery('/ধন্য')).toBe('ধন্য');
    expect(slashQuery('/ship now')).toBeNull();
    expect(slashQuery('see a/b')).toBeNull();
  });

  it('matches shortcuts first, then titles and texts', () => {
    const all = [canned('refund', 'Refund policy', 'within 30 days'), canned('ship', 'Shipping times', 'we refund postage')];
    expect(matchCanned(all, 'sh').map((c) => c.id)).toEqual(['ship']);
    expect(matchCanned(all, 'policy').map((c) => c.id)).toEqual(['refund']);
    expect(matchCanned(all, 'refund').map((c) => c.id)).toEqual(['refund', 'ship']);
    expect(matchCanned(all, '').map((c) => c.id)).toEqual(['refund', 'ship']);
  });
});
