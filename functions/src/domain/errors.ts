/**
 * The refusals of the domain, named for what went wrong rather than for a protocol.
 * Services, stores and jobs throw these; only the HTTP edge (http/errors.ts) turns them
 * into status codes, so a scheduled job never deals in 404s.
 */

/** What kind of refusal it is: the edge picks a status by it. */
export type DomainErrorKind = 'invalid' | 'forbidden' | 'not_found' | 'conflict' | 'limited';

/** A refusal with a stable code clients may branch on, and a message for people. */
export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DomainError';
  }
}

/** The input breaks a rule that depends on state or time, which no request schema can check. */
export class Invalid extends DomainError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('invalid', 'invalid_request', message, options);
    this.name = 'Invalid';
  }
}

/** The caller may not do this here (a site with chat turned off). */
export class Forbidden extends DomainError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('forbidden', 'forbidden', message, options);
    this.name = 'Forbidden';
  }
}

/** No such thing, or not the caller's: the two look the same, so nothing leaks. */
export class NotFound extends DomainError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('not_found', 'not_found', message, options);
    this.name = 'NotFound';
  }
}

/** The thing is in a state that refuses this; the code says which. */
export class Conflict extends DomainError {
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super('conflict', code, message, options);
    this.name = 'Conflict';
  }
}

/** An abuse bound is reached (common/contract/limits.ts); the code says which, the message when to try again. */
export class Limited extends DomainError {
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super('limited', code, message, options);
    this.name = 'Limited';
  }
}

/** A create met a document already there: a retried write (same id), or a lost race. */
export class AlreadyExists extends Conflict {
  constructor(id: string, options?: { cause?: unknown }) {
    super('already_exists', `${id} already exists.`, options);
    this.name = 'AlreadyExists';
  }
}
