/**
 * The deploy bundle (functions/lib, what firebase deploy uploads) loads on this Node
 * and exports the two HTTP functions and the scheduled job, so a broken bundle shows
 * before a deploy does.
 */
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { buildFunctions } from '../../scripts/build-functions';

it('bundles the Cloud Functions into a loadable module exporting the HTTP functions and the scheduled jobs', async () => {
  await buildFunctions();
  const bundle = await import(pathToFileURL(`${process.cwd()}/functions/lib/index.js`).href);
  expect(Object.keys(bundle).sort()).toEqual(['analyticsRollups', 'api', 'followUps', 'lifecycleEvents', 'purgeRemoved', 'reconcilePlans', 'stream', 'weeklyDigests']);
  expect(typeof bundle.api).toBe('function');
  expect(typeof bundle.stream).toBe('function');
  // onSchedule's handler carries its schedule for the deploy.
  expect(bundle.followUps.__endpoint.scheduleTrigger.schedule).toBe('every 2 minutes');
  // Webhooks only store their event: this trigger applies it, retried while it fails.
  expect(bundle.lifecycleEvents.__endpoint.eventTrigger).toMatchObject({ eventFilters: { database: '(default)' }, retry: true });
  expect(bundle.reconcilePlans.__endpoint.scheduleTrigger.schedule).toBe('every day 03:17');
  // Hourly, so each site's day is stored soon after it ends in the site's own zone.
  expect(bundle.analyticsRollups.__endpoint.scheduleTrigger.schedule).toBe('every 1 hours');
  // Hourly too, so each zone's Monday 08:00 is soon followed by a run.
  expect(bundle.weeklyDigests.__endpoint.scheduleTrigger.schedule).toBe('every 1 hours');
  // Bundling and loading the 9 MB bundle takes close to the default 30 s on two busy cores.
}, 120_000);
