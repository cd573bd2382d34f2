import { describe, expect, it } from 'vitest';
import en from './locales/en';
import bn from './locales/bn';
import { statusText } from './order';

describe('order statuses in the shopper’s words', () => {
  it('says each payment and fulfilment status Wix gives in the shopper’s language', () => {
    expect(statusText('PAID', en)).toBe('Paid');
    expect(statusText('NOT_FULFILLED', en)).toBe('Not shipped yet');
    expect(statusText('PARTIALLY_FULFILLED', bn)).toBe(bn.partlyShipped);
    expect(statusText('FULLY_REFUNDED', bn)).toBe(bn.refunded);
  });

  it('shows an unknown status as the builder says it, readably, and nothing for none', () => {
    expect(statusText('PENDING_MERCHANT', en)).toBe('pending merchant');
    expect(statusText(null, en)).toBeNull();
  });
});
