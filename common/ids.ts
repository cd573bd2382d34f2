/**
 * Ids: the one rule for an id that comes from outside (a site, a conversation, a visitor,
 * a label, a canned response, an agent…), and the ids clients make for their messages.
 */

/**
 * An id from outside names a Firestore document, so it is checked against this before
 * anything reads or writes: 1 to 64 of A–Z, a–z, 0–9, `_` and `-`. That is what a Wix
 * instance id (a UUID), our generated ids (`v_` + 32 hex, `l_` + 20 hex, newId's) and
 * Firestore's auto ids look like, and it leaves out everything that changes a document
 * path: `/` (a decoded `%2F` included), `.` and `..`, and the reserved `__…__`.
 */
export const ID_PATTERN = /^(?!__.*__$)[A-Za-z0-9_-]{1,64}$/;

/** True for a string the id rule accepts. */
export const isId = (value: unknown): value is string => typeof value === 'string' && ID_PATTERN.test(value);

/** Client-generated ids for messages and conversations: ids (above) of at least 8 characters, what the API's `clientId` schema accepts. */
export const CLIENT_ID_PATTERN = /^(?!__.*__$)[A-Za-z0-9_-]{8,64}$/;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/**
 * A new random id: 32 hex characters from randomUUID, or 22 url-safe characters
 * (about 131 random bits) where randomUUID is missing, e.g. on plain-http shop pages.
 */
export function newId(source: Pick<Crypto, 'getRandomValues'> & Partial<Pick<Crypto, 'randomUUID'>> = crypto): string {
  if (typeof source.randomUUID === 'function') return source.randomUUID().replace(/-/g, '');
  const bytes = source.getRandomValues(new Uint8Array(22));
  let id = '';
  // 64 symbols divide 256 evenly, so `byte % 64` stays uniform. The first is a letter or
  // digit (62 symbols, a negligible bias), so an id is never Firestore's reserved `__…__`.
  for (const [i, byte] of bytes.entries()) id += ALPHABET[byte % (i ? 64 : 62)];
  return id;
}
