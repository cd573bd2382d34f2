/**
 * Secrets for the local stack: generated once per clone into .data/ (git-ignored), so
 * nothing needs setting by hand and no real credential is ever used locally.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ApiConfig } from '../functions/src/app';
import type { WixAppConfig } from '../plugin/src/wix-platform';

export type DevSecrets = Pick<ApiConfig & WixAppConfig, 'wixAppId' | 'wixAppSecret' | 'visitorTokenKey'>;

export async function loadDevSecrets(file: string): Promise<DevSecrets> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as DevSecrets;
  } catch {
    const secrets: DevSecrets = {
      wixAppId: 'kotha-local-app',
      wixAppSecret: randomBytes(32).toString('hex'),
      visitorTokenKey: randomBytes(32).toString('hex'),
    };
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
    return secrets;
  }
}
