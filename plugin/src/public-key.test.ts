import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWixPublicKey, WixPublicKeyError } from './public-key';

const pem = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' }).toString();

describe('WIX_PUBLIC_KEY', () => {
  it('takes the multi-line PEM as the Dev Center shows it', () => {
    expect(readWixPublicKey(pem)).toBe(pem.trim());
    expect(readWixPublicKey(`\n  ${pem}  \n`)).toBe(pem.trim());
  });

  it('takes the PEM base64-encoded on one line, and the path of a PEM file', () => {
    expect(readWixPublicKey(Buffer.from(pem).toString('base64'))).toBe(pem.trim());
    const file = join(mkdtempSync(join(tmpdir(), 'kotha-key-')), 'wix-public.pem');
    writeFileSync(file, pem);
    expect(readWixPublicKey(file)).toBe(pem.trim());
  });

  it('refuses a PEM pasted onto one line, saying why and which forms work', () => {
    const oneLine = pem.replace(/\r?\n/g, ' ').trim();
    expect(() => readWixPublicKey(oneLine)).toThrow(WixPublicKeyError);
    expect(() => readWixPublicKey(oneLine)).toThrow(/PEM on one line.*multi-line PEM.*base64.*path of a \.pem file/s);
    // The same with its line breaks simply removed.
    expect(() => readWixPublicKey(pem.replace(/\r?\n/g, ''))).toThrow(/one line/);
  });

  it('refuses what is no RSA public key: empty, a missing file, base64 of something else, a private key, garbage', () => {
    expect(() => readWixPublicKey('')).toThrow(/empty/);
    expect(() => readWixPublicKey('/no/such/key.pem')).toThrow(/does not exist/);
    expect(() => readWixPublicKey(Buffer.from('hello').toString('base64'))).toThrow(/does not decode to a PEM/);
    expect(() => readWixPublicKey('-----BEGIN PUBLIC KEY-----\nnot a key\n-----END PUBLIC KEY-----')).toThrow(/not a valid public key/);
    expect(() => readWixPublicKey('this is not a key!')).toThrow(/not a PEM public key/);
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(() => readWixPublicKey(ec)).toThrow(/RSA/);
  });
});
