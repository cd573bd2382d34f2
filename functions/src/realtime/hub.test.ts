import { describe, expect, it } from 'vitest';
import type { SiteEvent } from '../domain/conversation';
import { Hub } from './hub';

const event = (id: string): SiteEvent =>
  ({ id, at: 1, type: 'conversation.updated', conversationId: 'c', visitorId: 'v', conversation: {} as never }) as SiteEvent;

describe('Hub', () => {
  it('delivers a site’s events to that site’s listeners only', () => {
    const hub = new Hub();
    const a: string[] = [];
    const b: string[] = [];
    hub.subscribe('site-a', (e) => a.push(e.id));
    hub.subscribe('site-b', (e) => b.push(e.id));
    hub.publish('site-a', event('1'));
    expect(a).toEqual(['1']);
    expect(b).toEqual([]);
  });

  it('delivers an event published twice once', () => {
    const hub = new Hub();
    const got: string[] = [];
    hub.subscribe('s', (e) => got.push(e.id));
    hub.publish('s', event('1'));
    hub.publish('s', event('1'));
    hub.publish('s', event('2'));
    expect(got).toEqual(['1', '2']);
  });

  it('forgets a site when its last listener leaves', () => {
    const hub = new Hub();
    const stop = hub.subscribe('s', () => {});
    expect(hub.listenerCount).toBe(1);
    stop();
    expect(hub.listenerCount).toBe(0);
    const got: string[] = [];
    hub.subscribe('s', (e) => got.push(e.id));
    hub.publish('s', event('1'));
    expect(got).toEqual(['1']);
  });

  it('bounds the memory of delivered ids', () => {
    const hub = new Hub();
    const got: string[] = [];
    hub.subscribe('s', (e) => got.push(e.id));
    for (let i = 0; i < 5_001; i++) hub.publish('s', event(String(i)));
    // The oldest id was forgotten, so a very late repeat of it is delivered again.
    hub.publish('s', event('0'));
    expect(got).toHaveLength(5_002);
  });
});
