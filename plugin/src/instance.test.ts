import { describe, expect, it } from 'vitest';
import { signInstance, verifyInstance, type WixInstance } from './instance';

const appSecret = 'test-secret';
const appId = 'app-1';
const now = Date.parse('2026-11-23T12:00:00Z');
const payload: WixInstance = {
  instanceId: 'site-a',
  appDefId: appId,
  signDate: '2026-11-23T11:00:00Z',
  uid: 'user-1',
  permissions: 'OWNER',
};
const verify = (signed: string) => verifyInstance(signed, { appSecret, appId, now });

describe('verifyInstance', () => {
  it('accepts an instance signed with the app secret', () => {
    const result = verify(signInstance(payload, appSecret));
    expect(result).toEqual({ ok: true, instance: payload });
  });

  it('refuses one signed with another secret', () => {
    expect(verify(signInstance(payload, 'other'))).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('refuses a payload changed after signing', () => {
    const [sig] = signInstance(payload, appSecret).split('.');
    const forged = Buffer.from(JSON.stringify({ ...payload, instanceId: 'site-b' })).toString('base64url');
    expect(verify(`${sig}.${forged}`)).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('refuses another app', () => {
    expect(verify(signInstance({ ...payload, appDefId: 'app-2' }, appSecret))).toEqual({ ok: false, reason: 'wrong_app' });
  });

  it('bounds the signDate in both directions', () => {
    const old = { ...payload, signDate: '2026-11-22T23:59:00Z' };
    const future = { ...payload, signDate: '2026-11-23T12:06:00Z' };
    expect(verify(signInstance(old, appSecret))).toEqual({ ok: false, reason: 'expired' });
    expect(verify(signInstance(future, appSecret))).toEqual({ ok: false, reason: 'expired' });
  });

  it.each(['', '.', 'abc', 'abc.', '.abc', 'not base64.also not', `${'A'.repeat(43)}.e30`])(
    'refuses malformed input %j without throwing',
    (input) => {
      expect(verify(input).ok).toBe(false);
    },
  );

  it('refuses a signed payload with no instanceId', () => {
    const { instanceId: _drop, ...rest } = payload;
    expect(verify(signInstance(rest as WixInstance, appSecret))).toEqual({ ok: false, reason: 'malformed' });
  });
});
