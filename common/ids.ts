/** Client-generated ids for messages and conversations: what the API's `clientId` schema accepts. */
export const CLIENT_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/**
 * A new random id: 32 hex characters from randomUUID, or 22 url-safe characters
 * (132 random bits) where randomUUID is missing, e.g. on plain-http shop pages.
 */
export function newId(source: Pick<Crypto, 'getRandomValues'> & Partial<Pick<Crypto, 'randomUUID'>> = crypto): string {
  if (typeof source.randomUUID === 'function') return source.randomUUID().replace(/-/g, '');
  const bytes = source.getRandomValues(new Uint8Array(22));
  let id = '';
  // 64 symbols divide 256 evenly, so `byte % 64` stays uniform.
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return id;
}
