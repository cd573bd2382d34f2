import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '@kotha/common/api-error.ts';
import { errorMessage } from './error-message.ts';
import { loadDashboardLanguage } from './i18n/i18n.ts';
import bn from './i18n/locales/bn.ts';

afterEach(async () => {
  await loadDashboardLanguage(undefined);
});

describe('errorMessage', () => {
  it('says what the merchant can do about a known failure, in their language', async () => {
    expect(errorMessage(new ApiError(0, 'network', 'fetch failed'))).toBe("Can't reach Kotha right now. Check your connection and try again.");
    expect(errorMessage(new ApiError(402, 'premium_required', 'This needs Kotha Premium. Upgrade on Wix: https://…'))).toBe('This needs Kotha Premium: use Upgrade at the top of the page.');
    await loadDashboardLanguage('bn');
    expect(errorMessage(new ApiError(429, 'rate_limited', 'Too many requests'))).toBe(bn['error.rateLimited']);
  });

  it('keeps the API’s own words for a field that failed validation, and falls back plainly', () => {
    expect(errorMessage(new ApiError(400, 'invalid_request', 'displayName: must not be empty.'))).toBe('displayName: must not be empty.');
    expect(errorMessage(new Error('Give a reason, so your team knows why.'))).toBe('Give a reason, so your team knows why.');
    expect(errorMessage('nonsense')).toBe('Something went wrong. Try again.');
  });
});
