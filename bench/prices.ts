/**
 * List prices the cost model (bench/cost.ts) projects with, with where and when they were
 * read. Kotha's functions run in us-central1 (firebase.json); the database is assumed in
 * the same region (a multi-region location such as nam5 costs more per operation: see the
 * per-location table of the Firestore pricing page). Prices change: check the sources and
 * update `checkedOn` with the numbers.
 */
export const PRICES = {
  checkedOn: '2026-12-06',
  currency: 'USD',
  firestore: {
    source: 'https://firebase.google.com/docs/firestore/standard-edition (prices shown for us-central1); billing rules: https://firebase.google.com/docs/firestore/pricing',
    /** Standard edition, us-central1, per 100,000 documents. */
    readsPer100k: 0.03,
    writesPer100k: 0.09,
    deletesPer100k: 0.01,
    /** Per project and day; TTL deletes get no free quota. */
    freePerDay: { reads: 50_000, writes: 20_000, deletes: 20_000 },
  },
  cloudRun: {
    source: 'https://cloud.google.com/run/pricing (Tier 1 regions, CPU allocated during requests only); Cloud Functions 2nd gen is billed as Cloud Run',
    requestsPerMillion: 0.4,
    vcpuSecond: 0.000024,
    gibSecond: 0.0000025,
    /** Billed time is rounded up to the next 100 ms; concurrent requests share an instance's time. */
    billingUnitSeconds: 0.1,
    /** Per billing account and month. */
    freePerMonth: { requests: 2_000_000, vcpuSeconds: 180_000, gibSeconds: 360_000 },
    memorySource: 'https://cloud.google.com/functions/docs/configuring/memory (memory → vCPU)',
  },
} as const;

/** The functions as functions/src/index.ts declares them: memory (GiB) and the vCPU that comes with it. */
export const FUNCTIONS = {
  /** `api`: 512 MiB, 0.333 vCPU, concurrency 80. */
  api: { gib: 0.5, vcpu: 0.333 },
  /** `stream`: 1 GiB, 0.583 vCPU, concurrency 1,000, streams held up to an hour. */
  stream: { gib: 1, vcpu: 0.583, concurrency: 1000 },
  /** The scheduled jobs: 512 MiB. */
  job: { gib: 0.5, vcpu: 0.333 },
} as const;

/** What an instance of `fn` costs per second it is billed. */
export function instanceSecond(fn: { gib: number; vcpu: number }): number {
  return fn.vcpu * PRICES.cloudRun.vcpuSecond + fn.gib * PRICES.cloudRun.gibSecond;
}
