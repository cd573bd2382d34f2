/**
 * The one typed HTTP error of the API's edge: the core's routes and a platform adapter's
 * own routes (webhooks) throw it, and the core's central handler (functions/src/http/errors.ts)
 * turns it into the JSON error body of the contract.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'HttpError';
  }
}

export const badRequest = (message: string) => new HttpError(400, 'invalid_request', message);
export const unauthorized = (message: string) => new HttpError(401, 'unauthorized', message);
export const forbidden = (message: string) => new HttpError(403, 'forbidden', message);
export const notFound = (message: string) => new HttpError(404, 'not_found', message);
export const conflict = (code: string, message: string) => new HttpError(409, code, message);
/** The website builder could not answer; the code keeps its first name, which clients key on. */
export const platformUnavailable = (message: string, cause?: unknown) => new HttpError(503, 'wix_unavailable', message, { cause });
