/**
 * What the first run shows beside the inbox, as a pure rule: the offer to try the chat on
 * the storefront while the inbox is empty, and the setup checklist until the site's data
 * shows every step done. Each step links to the page where it is done.
 */
import { SETUP_STEPS, type SetupResponse, type SetupStep } from '@kotha/common/contract/account.ts';
import type { TextKey } from './i18n/en.ts';

export interface ChecklistStep {
  step: SetupStep;
  label: TextKey;
  hint: TextKey | null;
  /** The dashboard page where it is done (its tab's hash). */
  href: string;
  done: boolean;
}

const STEPS: Record<SetupStep, Omit<ChecklistStep, 'step' | 'done'>> = {
  look: { label: 'firstRun.stepLook', hint: null, href: '#widget' },
  hours: { label: 'firstRun.stepHours', hint: null, href: '#hours' },
  canned: { label: 'firstRun.stepCanned', hint: null, href: '#team' },
  teammate: { label: 'firstRun.stepTeammate', hint: 'firstRun.stepTeammateHint', href: '#team' },
};

export interface FirstRunView {
  /** "Open your storefront and send a test message": while no conversation is there. */
  offer: { storefrontUrl: string | null } | null;
  /** The checklist, gone once every step is done. */
  checklist: ChecklistStep[] | null;
}

export function firstRunView(setup: SetupResponse | null, inboxEmpty: boolean): FirstRunView {
  const checklist = setup ? SETUP_STEPS.map((step) => ({ step, ...STEPS[step], done: setup.steps[step] })) : null;
  return {
    offer: inboxEmpty ? { storefrontUrl: setup?.storefrontUrl ?? null } : null,
    checklist: checklist && checklist.some((s) => !s.done) ? checklist : null,
  };
}
