/**
 * The app's public key for Wix webhooks (Dev Center → Webhooks → Public key), read once at
 * start-up and checked, so a key that cannot verify anything stops the deploy's first
 * request with a sentence saying what to fix, instead of every webhook failing with 401.
 *
 * Accepted forms of WIX_PUBLIC_KEY:
 * - the PEM as Wix shows it, on several lines (`-----BEGIN PUBLIC KEY-----` …);
 * - the PEM base64-encoded on one line (`base64 -w0 public.pem`), for secret stores that
 *   keep one line;
 * - the path of a file holding the PEM (`/secrets/wix-public.pem`).
 *
 * A PEM pasted onto one line is refused: @wix/sdk reads any one-line value as base64, so it
 * would verify nothing.
 */
import { createPublicKey } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

const PEM_HEADER = /-----BEGIN [A-Z ]*PUBLIC KEY-----/;

export class WixPublicKeyError extends Error {}

const FORMS = 'Give WIX_PUBLIC_KEY as the multi-line PEM from the Dev Center, as that PEM base64-encoded on one line (base64 -w0 public.pem), or as the path of a .pem file.';

/** The key as a multi-line PEM that verifies RS256 signatures, or a WixPublicKeyError saying what is wrong. */
export function readWixPublicKey(value: string): string {
  const given = value.trim();
  if (!given) throw new WixPublicKeyError(`WIX_PUBLIC_KEY is empty. ${FORMS}`);
  let pem: string;
  if (PEM_HEADER.test(given)) {
    if (!/[\r\n]/.test(given)) {
      throw new WixPublicKeyError(`WIX_PUBLIC_KEY is a PEM on one line: its line breaks were lost (pasting into a one-line secret does that), and Wix's SDK would read it as base64, so every webhook would fail. ${FORMS}`);
    }
    pem = given;
  } else if (/^(\/|\.{1,2}\/|~\/)|\.pem$/i.test(given)) {
    if (!existsSync(given)) throw new WixPublicKeyError(`WIX_PUBLIC_KEY names the file ${given}, which does not exist. ${FORMS}`);
    return readWixPublicKey(readFileSync(given, 'utf8'));
  } else if (/^[A-Za-z0-9+/=_-]+$/.test(given)) {
    pem = Buffer.from(given, 'base64').toString('utf8').trim();
    if (!PEM_HEADER.test(pem) || !/[\r\n]/.test(pem)) throw new WixPublicKeyError(`WIX_PUBLIC_KEY looks like base64 but does not decode to a PEM public key. ${FORMS}`);
  } else {
    throw new WixPublicKeyError(`WIX_PUBLIC_KEY is not a PEM public key. ${FORMS}`);
  }
  try {
    const key = createPublicKey(pem);
    if (key.asymmetricKeyType !== 'rsa') throw new WixPublicKeyError(`WIX_PUBLIC_KEY is a ${key.asymmetricKeyType} key; Wix signs webhooks with RSA (RS256).`);
  } catch (error) {
    if (error instanceof WixPublicKeyError) throw error;
    throw new WixPublicKeyError(`WIX_PUBLIC_KEY is not a valid public key (${(error as Error).message}). ${FORMS}`);
  }
  return pem;
}
