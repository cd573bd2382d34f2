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
  expect(Object.keys(bundle).sort()).toEqual(['api', 'followUps', 'purgeRemoved', 'stream']);
  expect(typeof bundle.api).toBe('function');
  expect(typeof bundle.stream).toBe('function');
  // onSchedule's handler carries its schedule for the deploy.
  expect(bundle.followUps.__endpoint.scheduleTrigger.schedule).toBe('every 2 minutes');
  // esbuild over the whole API and its dependencies: seconds alone, much longer on a busy machine.
}, 120_000);
