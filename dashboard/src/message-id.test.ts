import { describe, expect, it } from 'vitest';
import { clientId } from '@kotha/common/contract/schemas.ts';
import { newMessageId } from './message-id.ts';

describe('newMessageId', () => {
  it('satisfies the contract and is unique', () => {
    const ids = new Set(Array.from({ length: 500 }, () => newMessageId()));
    expect(ids.size).toBe(500);
    for (const id of ids) expect(clientId.safeParse(id).success).toBe(true);
  });
  it('is url-safe even for bytes that base64 maps to + and /', () => {
    const id = newMessageId((b) => b.fill(0xff));
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});
