/**
 * One typed HTTP error and the one handler that turns any error into a JSON body: the
 * edge where domain errors (domain/errors.ts) become status codes.
 */
import type { ErrorRequestHandler } from 'express';
import { INVALID_ID_CODE, type ErrorBody } from '@kotha/common/contract';
import { DomainError, type DomainErrorKind } from '../domain/errors';

export { HttpError, badRequest, unauthorized, forbidden, notFound, conflict, platformUnavailable } from '@kotha/common/http-error';
import { HttpError, badRequest } from '@kotha/common/http-error';

const STATUS_OF: Record<DomainErrorKind, number> = { invalid: 400, forbidden: 403, not_found: 404, conflict: 409, limited: 429 };

/** A domain error as the API answers it: its own code and message, the status its kind means. */
export function fromDomain(error: DomainError): HttpError {
  return new HttpError(STATUS_OF[error.kind], error.code, error.message, { cause: error });
}

export interface ErrorLogger {
  error(message: string, details: Record<string, unknown>): void;
}

/** Body-parser failures carry a `type`; map them to the client's fault with a clear word. */
function fromBodyParser(error: { type?: string; status?: number }): HttpError | null {
  if (error.type === 'entity.parse.failed') return badRequest('The request body is not valid JSON.');
  if (error.type === 'entity.too.large') return new HttpError(413, 'too_large', 'The request body is too large.');
  if (error.type === 'encoding.unsupported' || error.type === 'charset.unsupported') {
    return new HttpError(415, 'unsupported_encoding', 'The request body encoding is not supported.');
  }
  // The client went away mid-body, or sent fewer bytes than it announced: its fault, nothing to log.
  if (error.type === 'request.aborted') return new HttpError(400, 'aborted', 'The request body was not sent whole.');
  if (typeof error.type === 'string' && typeof error.status === 'number' && error.status >= 400 && error.status < 500) {
    return new HttpError(error.status, 'invalid_request', 'The request body could not be read.');
  }
  return null;
}

/** The router's own failure to decode a parameter (`%ZZ`): checkIds refuses these first for every path in the table. */
const fromRouter = (error: unknown) => (error instanceof URIError ? new HttpError(400, INVALID_ID_CODE, 'The path has a malformed percent escape.') : null);

/** The central error handler: typed and domain errors keep their meaning; anything else is a logged 500. */
export function errorHandler(logger: ErrorLogger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const known = error instanceof HttpError ? error : error instanceof DomainError ? fromDomain(error) : (fromBodyParser(error as { type?: string }) ?? fromRouter(error));
    const httpError = known ?? new HttpError(500, 'internal', 'Something went wrong on our side. Please try again.', { cause: error });
    if (!known) logger.error('unhandled error', { method: req.method, path: req.path, error: String((error as Error)?.stack ?? error) });
    if (res.headersSent) {
      res.end();
      return;
    }
    const body: ErrorBody = { error: { code: httpError.code, message: httpError.message } };
    res.status(httpError.status).json(body);
  };
}
