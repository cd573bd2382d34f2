import { describe, expect, it } from 'vitest';
import type { WidgetSettings } from '@kotha/common/contract/schemas';
import { placement } from './placement';

const saved: WidgetSettings = {
  teamName: 'Nakshi Crafts',
  greeting: '',
  accentColor: '#ffd400',
  launcherSide: 'left',
  launcherOffset: 80,
  sound: false,
  requireEmail: false,
  launcherText: 'Chat with us',
  locale: '',
};
const embed = { side: 'right' as const, offset: 0, words: '' };

describe('placement', () => {
  it('keeps the embed’s placement until the saved look is known', () => {
    expect(placement(embed, null, false, false)).toBe(embed);
  });

  it('waits while the panel is open or a mouse is over the launcher', () => {
    expect(placement(embed, saved, true, false)).toBe(embed);
    expect(placement(embed, saved, false, true)).toBe(embed);
  });

  it('takes the saved corner, height and words once the launcher is free to move', () => {
    expect(placement(embed, saved, false, false)).toEqual({ side: 'left', offset: 80, words: 'Chat with us' });
    expect(placement(embed, { ...saved, launcherSide: 'auto', launcherText: '' }, false, false)).toEqual({ side: null, offset: 80, words: '' });
  });
});
