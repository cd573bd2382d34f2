/**
 * Banners an agent has dismissed, remembered in this browser for that agent on that site
 * (several teammates may share a computer, one merchant may run several sites). Storage
 * may be unavailable (private mode, a sandboxed frame): then a dismissal lasts the visit.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ApiClient } from './api-client.ts';

/** Who is looking: `site:uid`. */
export type AgentKey = string;

export function dismissalKey(agent: AgentKey, banner: string): string {
  return `kotha:${agent}:dismissed:${banner}`;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function wasDismissed(store: Pick<Storage, 'getItem'> | null, agent: AgentKey, banner: string): boolean {
  try {
    return store?.getItem(dismissalKey(agent, banner)) === '1';
  } catch {
    return false;
  }
}

export function rememberDismissal(store: Pick<Storage, 'setItem'> | null, agent: AgentKey, banner: string): void {
  try {
    store?.setItem(dismissalKey(agent, banner), '1');
  } catch {
    // Shown again next visit; no harm.
  }
}

/**
 * The agent's key once the API says who they are: undefined while asking, null when it
 * could not say (banners then show, and a dismissal lasts the visit).
 */
export function useAgentKey(api: ApiClient): AgentKey | null | undefined {
  const [key, setKey] = useState<AgentKey | null | undefined>(undefined);
  useEffect(() => {
    api.me().then(
      (me) => setKey(`${me.siteId}:${me.agent.uid}`),
      () => setKey(null),
    );
  }, [api]);
  return key;
}

/** Whether a banner shows for this agent, and how they dismiss it for good. Hidden until the agent is known, so it never flashes. */
export function useDismissal(agent: AgentKey | null | undefined, banner: string): { shown: boolean; dismiss(): void } {
  const [dismissedNow, setDismissedNow] = useState(false);
  const shown = agent !== undefined && !dismissedNow && (agent === null || !wasDismissed(storage(), agent, banner));
  const dismiss = useCallback(() => {
    setDismissedNow(true);
    if (agent) rememberDismissal(storage(), agent, banner);
  }, [agent, banner]);
  return { shown, dismiss };
}
