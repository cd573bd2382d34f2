import { describe, expect, it } from 'vitest';
import { decodeEmbedConfig, encodeEmbedConfig } from './embed-config';

describe('the embed config', () => {
  it('round-trips any text as letters and digits only', () => {
    const config = { site: '3f1c-44aa_x', accent: '#ffd400', label: 'Chat "now" <b>', locale: 'bn', words: 'চ্যাট করুন', v: '5' };
    const packed = encodeEmbedConfig(config);
    expect(packed).toMatch(/^[A-Za-z0-9]+$/);
    expect(decodeEmbedConfig(packed)).toEqual(config);
  });

  it('refuses what it did not write, without throwing', () => {
    for (const bad of [undefined, '', 'h', 'h7', 'x7b7d', 'h7b22', 'hzz', 'h5b5d', 'h31']) expect(decodeEmbedConfig(bad), String(bad)).toBeNull();
  });
});
