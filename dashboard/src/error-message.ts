/** What to tell the merchant about a failure: the API's own words (ApiError), or a plain fallback. */
export function errorMessage(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'Something went wrong. Try again.';
}
