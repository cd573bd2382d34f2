import { ApiError } from '@kotha/common/api-error.ts';
import { t, textOf } from './i18n/i18n.ts';
import type { TextKey } from './i18n/en.ts';

/** Failures the merchant can act on, by the API's error code, in the dashboard's language. */
const BY_CODE: Readonly<Record<string, TextKey>> = {
  network: 'error.network',
  unavailable: 'error.unavailable',
  bad_response: 'error.badResponse',
  internal: 'error.unavailable',
  rate_limited: 'error.rateLimited',
  premium_required: 'error.premium',
  unauthorized: 'error.signIn',
  forbidden: 'error.forbidden',
  not_found: 'error.notFound',
  too_large: 'error.tooLarge',
  wix_unavailable: 'error.wixUnavailable',
};

/**
 * What to tell the merchant about a failure: a known API error in their language; the
 * API's own words for the rest (a field that failed validation names the field); else a
 * plain fallback.
 */
export function errorMessage(error: unknown): string {
  const known = error instanceof ApiError ? textOf(BY_CODE, error.code) : undefined;
  if (known) return known;
  return error instanceof Error && error.message ? error.message : t('error.generic');
}
