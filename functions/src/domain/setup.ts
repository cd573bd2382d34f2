/**
 * The first run's checklist as a pure rule: each step is done when the site's own data
 * shows it, so a step done elsewhere (another teammate, another browser) is done here
 * too, and a step undone (the last canned response deleted) comes back.
 */
import type { SetupStep } from '@kotha/common/contract/account';
import type { WidgetSettings } from '@kotha/common/contract';
import type { Schedule } from '@kotha/common/schedule/model';

export interface SetupFacts {
  settings: WidgetSettings;
  /** The settings a new site starts with. */
  defaults: WidgetSettings;
  schedule: Schedule | null;
  cannedCount: number;
  agentCount: number;
}

/**
 * The widget's look counts as chosen once any setting the shopper sees differs from the
 * defaults. The team's name is left out: the install copies it from the site's profile,
 * so it says nothing about the merchant having looked at the widget.
 */
const LOOK: ReadonlyArray<Exclude<keyof WidgetSettings, 'teamName'>> = ['greeting', 'accentColor', 'launcherSide', 'launcherOffset', 'sound', 'requireEmail', 'launcherText', 'locale'];

export function setupSteps(facts: SetupFacts): Record<SetupStep, boolean> {
  return {
    look: LOOK.some((key) => facts.settings[key] !== facts.defaults[key]),
    hours: facts.schedule !== null,
    canned: facts.cannedCount > 0,
    // The agent looking is one; a teammate makes two.
    teammate: facts.agentCount > 1,
  };
}
