/** Canned responses in the composer: finding one after "/", and filling its placeholders. */
import type { CannedResponse } from '@kotha/common/contract/team.ts';
import { t } from './i18n/i18n.ts';

export interface PlaceholderValues {
  shopperName: string | null;
  shopperEmail: string | null;
  agentName: string | null;
  teamName: string | null;
}

/**
 * Fills {shopper.name}, {shopper.email}, {agent.name} and {team.name}. A value we do not
 * know leaves a natural sentence: "Hi {shopper.name}," becomes "Hi there,".
 */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  const known: Record<string, string | null> = {
    'shopper.name': values.shopperName,
    'shopper.email': values.shopperEmail,
    'agent.name': values.agentName,
    'team.name': values.teamName,
  };
  const fallback: Record<string, string> = { 'shopper.name': t('composer.unknownName'), 'shopper.email': '', 'agent.name': '', 'team.name': '' };
  return text
    .replace(/\{\s*(shopper\.name|shopper\.email|agent\.name|team\.name)\s*\}/g, (_m, key: string) => known[key]?.trim() || fallback[key] || '')
    .replace(/[ \t]+([,.!?])/g, '$1')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

/** The "/query" the composer's text is asking for, or null when it is not asking. */
export function slashQuery(text: string): string | null {
  const match = /^\/([\p{L}\p{M}\p{N}_-]*)$/u.exec(text);
  return match ? (match[1] ?? '').toLowerCase() : null;
}

/** Canned responses matching a query: shortcut prefix first, then title or text words. */
export function matchCanned(all: readonly CannedResponse[], query: string): CannedResponse[] {
  const q = query.toLowerCase();
  if (!q) return [...all];
  const starts = all.filter((c) => c.shortcut.startsWith(q));
  const rest = all.filter((c) => !c.shortcut.startsWith(q) && (c.title.toLowerCase().includes(q) || c.text.toLowerCase().includes(q)));
  return [...starts, ...rest];
}
