import type { Conversation } from '@kotha/common/contract/api.ts';
import { countryName, t } from './i18n/i18n.ts';

/**
 * The name to show for a conversation's visitor: their own, else their email, else
 * "Visitor from Bangladesh" when their browser's time zone named a country (the server
 * maps it, functions/src/domain/visitor-place.ts), else "Visitor 4F2A" from their id.
 */
export function visitorDisplayName(conversation: Pick<Conversation, 'visitorName' | 'visitorId'> & Partial<Pick<Conversation, 'visitorEmail' | 'visitorCountry'>>): string {
  const name = conversation.visitorName?.trim();
  if (name) return name;
  const email = conversation.visitorEmail?.trim();
  if (email) return email;
  if (conversation.visitorCountry) return t('shopper.visitorFrom', { country: countryName(conversation.visitorCountry) });
  // The id's tail is stable per visitor, so the same shopper keeps the same label.
  const tag = conversation.visitorId.replace(/[^A-Za-z0-9]/g, '').slice(-4).toUpperCase();
  return tag ? t('shopper.visitorTagged', { tag }) : t('shopper.visitor');
}

/** One or two initials for an avatar. */
export function initials(displayName: string): string {
  const words = displayName.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : [words[0]];
  return letters
    .map((word) => (word ? Array.from(word)[0] ?? '' : ''))
    .join('')
    .toUpperCase();
}
