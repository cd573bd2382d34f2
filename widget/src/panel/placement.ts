/**
 * Where the launcher sits and what it says, once the panel knows the merchant's saved look.
 * The page drew the launcher from its embed; a look saved since (another corner, another
 * height, other words) comes with the session, usually just as the shopper clicks the
 * launcher. Moving it then would pull it from under their pointer and open the chat in the
 * other corner, so the saved look waits until the panel is closed and no mouse is over the
 * launcher. Colours do not move anything and are applied at once (index.tsx).
 */
import type { WidgetSettings } from '@kotha/common/contract/schemas';
import type { WidgetConfig } from '../protocol';

export interface Placement {
  /** null: the side follows the language (left for right-to-left). */
  side: WidgetConfig['side'];
  offset: number;
  words: string;
}

/** The placement to show now: the saved one when showing it cannot surprise the shopper, else the one shown. */
export function placement(shown: Placement, settings: WidgetSettings | null, open: boolean, pointerOver: boolean): Placement {
  return settings && !open && !pointerOver
    ? { side: settings.launcherSide === 'auto' ? null : settings.launcherSide, offset: settings.launcherOffset, words: settings.launcherText }
    : shown;
}
