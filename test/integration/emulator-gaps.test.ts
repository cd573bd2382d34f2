/**
 * Pins how the embedded emulator (@firestore-emulator/server) differs from Firestore, one
 * behaviour per test, each measured (docs/architecture.md, "The Firestore subset", lists them). On the
 * embedded emulator every test asserts what it does today; against an external endpoint
 * (FIRESTORE_EMULATOR_HOST, e.g. Google's emulator) it asserts what Firestore does. So a
 * fix upstream, a regression, or a run on Google's emulator shows up here first.
 *
 * Status codes: 2 UNKNOWN, 6 ALREADY_EXISTS.
 */
import { randomUUID } from 'node:crypto';
import { FieldValue, Timestamp, type CollectionReference, type Query } from 'firebase-admin/firestore';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { testFirestore } from '../support/firestore';

const embedded = inject('firestoreIsEmbedded');
const db = testFirestore();
// Calls that hang on the embedded emulator leave their gRPC stream open for good, and
// terminate() waits for open streams; they get a client of their own that is never
// terminated. (Terminating it would also make recursiveDelete throw an uncaught
// "BulkWriter has already been closed" from inside the SDK, failing the whole run.)
const clientForHangs = testFirestore();

afterAll(() => Promise.race([db.terminate(), sleep(2000)]));

/** Long enough for any real answer from a local emulator; short enough to keep the file fast. */
const HANG_MS = 3000;

type Outcome<T> = { value: T } | { code: unknown } | 'hangs';

/** What a call does: resolves, fails with a status code, or never answers. */
async function outcome<T>(call: Promise<T>, ms = HANG_MS): Promise<Outcome<T>> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<'hangs'>((resolve) => {
    timer = setTimeout(() => resolve('hangs'), ms);
  });
  try {
    return await Promise.race([call.then((value) => ({ value })), hang]);
  } catch (error) {
    return { code: (error as { code?: unknown }).code };
  } finally {
    clearTimeout(timer);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A fresh collection per test, so tests never see each other's documents. */
function freshCollection(client = db): CollectionReference {
  return client.collection(`gaps/${randomUUID()}/items`);
}

async function seedNumbers(c: CollectionReference, ...values: number[]): Promise<void> {
  const batch = db.batch();
  for (const k of values) batch.set(c.doc(`d${k}`), { k });
  await batch.commit();
}

describe('gaps of the embedded emulator', () => {
  it('concurrent read-modify-write transactions lose an update', async () => {
    const ref = freshCollection().doc('counter');
    await ref.set({ n: 0 });
    const increment = () =>
      db.runTransaction(async (tx) => {
        const n = (await tx.get(ref)).get('n') as number;
        // Both transactions read before either writes.
        await sleep(100);
        tx.update(ref, { n: n + 1 });
      });
    await Promise.all([increment(), increment()]);
    // Firestore aborts and retries one of them; the emulator commits both.
    expect((await ref.get()).get('n')).toBe(embedded ? 1 : 2);
  });

  it('a failing batch keeps the writes before the failing one', async () => {
    // Batches look like they work; the error is right but the batch is not atomic:
    // writes before the failing precondition stay applied (writes after it do not).
    const c = freshCollection();
    await c.doc('taken').set({ v: 0 });
    const batch = db.batch();
    batch.set(c.doc('fresh'), { v: 1 });
    batch.create(c.doc('taken'), { v: 1 });
    const result = await outcome(batch.commit());
    expect(result).toEqual({ code: 6 });
    expect((await c.doc('fresh').get()).exists).toBe(embedded);
    expect((await c.doc('taken').get()).get('v')).toBe(0);
  });

  it('startAfter, startAt, endBefore and offset are ignored', async () => {
    const c = freshCollection();
    await seedNumbers(c, 1, 2, 3, 4);
    const ks = async (q: Query) => (await q.get()).docs.map((d) => d.get('k') as number);
    const all = [1, 2, 3, 4];
    expect(await ks(c.orderBy('k').startAfter(2))).toEqual(embedded ? all : [3, 4]);
    expect(await ks(c.orderBy('k').startAt(3))).toEqual(embedded ? all : [3, 4]);
    expect(await ks(c.orderBy('k').endBefore(3))).toEqual(embedded ? all : [1, 2]);
    expect(await ks(c.orderBy('k').offset(2))).toEqual(embedded ? all : [3, 4]);
  });

  it('collectionGroup queries find nothing', async () => {
    // A collection group spans the whole database: the group id must be unique.
    const group = `g${randomUUID().replaceAll('-', '')}`;
    const root = `gaps/${randomUUID()}`;
    await db.doc(`${root}/a/x/${group}/one`).set({ v: 1 });
    await db.doc(`${root}/b/y/${group}/two`).set({ v: 2 });
    const ids = (await db.collectionGroup(group).get()).docs.map((d) => d.id).sort();
    expect(ids).toEqual(embedded ? [] : ['one', 'two']);
  });

  it('nested-field updates of plain values work', async () => {
    // Once listed as a gap, but measured working (also deeper paths and a missing
    // parent map); the design's flat-documents rule still stands for filters and transforms.
    const ref = freshCollection().doc('x');
    await ref.set({ a: { b: 0, c: 2 }, deep: { x: { y: 1, z: 2 } }, top: 1 });
    await ref.update({ 'a.b': 1, 'deep.x.y': 5, 'fresh.f': true });
    expect((await ref.get()).data()).toEqual({ a: { b: 1, c: 2 }, deep: { x: { y: 5, z: 2 } }, top: 1, fresh: { f: true } });
  });

  it('a nested-field increment fails with UNKNOWN', async () => {
    const ref = freshCollection().doc('x');
    await ref.set({ a: { n: 1 } });
    const result = await outcome(ref.update({ 'a.n': FieldValue.increment(1) }));
    expect(result).toEqual(embedded ? { code: 2 } : { value: expect.anything() });
    expect((await ref.get()).data()).toEqual({ a: { n: embedded ? 1 : 2 } });
  });

  it('FieldValue.delete() deletes nothing', async () => {
    // Measured, not expected. Top-level, nested, update and set-merge alike.
    const ref = freshCollection().doc('x');
    await ref.set({ a: 1, b: 2, m: { c: 3, d: 4 } });
    await ref.update({ a: FieldValue.delete(), 'm.c': FieldValue.delete() });
    await ref.set({ b: FieldValue.delete() }, { merge: true });
    expect((await ref.get()).data()).toEqual(embedded ? { a: 1, b: 2, m: { c: 3, d: 4 } } : { m: { d: 4 } });
  });

  it('a nested-field filter never answers', async () => {
    // The emulator throws inside its RunQuery stream handler, so the query hangs.
    const c = freshCollection(clientForHangs);
    await c.doc('one').set({ a: { b: 1 } });
    await c.doc('two').set({ a: { b: 2 } });
    const result = await outcome(c.where('a.b', '==', 1).get().then((s) => s.docs.map((d) => d.id)));
    expect(result).toEqual(embedded ? 'hangs' : { value: ['one'] });
  });

  it('== null and != null filters are ignored', async () => {
    const c = freshCollection();
    await c.doc('isNull').set({ v: null });
    await c.doc('isString').set({ v: 'x' });
    const ids = async (q: Query) => (await q.get()).docs.map((d) => d.id).sort();
    expect(await ids(c.where('v', '==', null))).toEqual(embedded ? ['isNull', 'isString'] : ['isNull']);
    expect(await ids(c.where('v', '!=', null))).toEqual(embedded ? ['isNull', 'isString'] : ['isString']);
  });

  it('orderBy keeps documents that lack the field', async () => {
    // Measured, not expected. Firestore drops them; the emulator sorts them last.
    const c = freshCollection();
    await c.doc('has').set({ k: 1 });
    await c.doc('lacks').set({ other: 1 });
    const ids = (await c.orderBy('k').get()).docs.map((d) => d.id);
    expect(ids).toEqual(embedded ? ['has', 'lacks'] : ['has']);
  });

  it('select() returns every field', async () => {
    const c = freshCollection();
    await c.doc('d').set({ a: 1, b: 2 });
    const data = (await c.select('a').get()).docs.map((d) => d.data());
    expect(data).toEqual(embedded ? [{ a: 1, b: 2 }] : [{ a: 1 }]);
  });

  it('listCollections fails with UNKNOWN (ListCollectionIds not implemented)', async () => {
    const ref = freshCollection().doc('parent');
    await ref.set({ v: 1 });
    await ref.collection('child').doc('x').set({ v: 1 });
    const result = await outcome(ref.listCollections().then((cs) => cs.map((c) => c.id)));
    expect(result).toEqual(embedded ? { code: 2 } : { value: ['child'] });
  });

  it('bulkWriter writes fail with UNKNOWN (BatchWrite not implemented)', async () => {
    const c = freshCollection();
    const writer = db.bulkWriter();
    writer.onWriteError(() => false); // no retries: the failure is the behaviour under test
    const writes = [writer.set(c.doc('a'), { v: 1 }), writer.set(c.doc('b'), { v: 2 })].map((w) =>
      w.then(() => 'ok', (error: { code?: unknown }) => error.code),
    );
    await writer.close();
    expect(await Promise.all(writes)).toEqual(embedded ? [2, 2] : ['ok', 'ok']);
    expect((await c.get()).size).toBe(embedded ? 0 : 2);
  });

  it('recursiveDelete never answers', async () => {
    // Its descendants query (allDescendants) throws inside the emulator, so it hangs.
    const ref = freshCollection(clientForHangs).doc('parent');
    await ref.set({ v: 1 });
    await ref.collection('child').doc('x').set({ v: 1 });
    const result = await outcome(clientForHangs.recursiveDelete(ref));
    expect(result).toEqual(embedded ? 'hangs' : { value: undefined });
    expect((await ref.get()).exists).toBe(embedded);
  });
});

describe('what works on the embedded emulator', () => {
  it('create() on an existing document fails with ALREADY_EXISTS and changes nothing', async () => {
    const c = freshCollection();
    await c.doc('taken').set({ v: 0 });
    const batch = db.batch();
    batch.create(c.doc('taken'), { v: 1 });
    batch.set(c.doc('after'), { v: 1 });
    expect(await outcome(batch.commit())).toEqual({ code: 6 });
    expect((await c.doc('taken').get()).get('v')).toBe(0);
    expect((await c.doc('after').get()).exists).toBe(false);
  });

  it('FieldValue.increment adds', async () => {
    const ref = freshCollection().doc('x');
    await ref.set({ n: 1 });
    await ref.update({ n: FieldValue.increment(2) });
    await ref.update({ n: FieldValue.increment(2) });
    expect((await ref.get()).get('n')).toBe(5);
  });

  it('serverTimestamp writes the current time', async () => {
    const ref = freshCollection().doc('x');
    await ref.set({ at: FieldValue.serverTimestamp() });
    const at = (await ref.get()).get('at') as unknown;
    expect(at).toBeInstanceOf(Timestamp);
    expect(Math.abs((at as Timestamp).toMillis() - Date.now())).toBeLessThan(60_000);
  });

  it('arrayUnion adds only missing elements', async () => {
    const ref = freshCollection().doc('x');
    await ref.set({ a: [1] });
    await ref.update({ a: FieldValue.arrayUnion(1, 2) });
    expect((await ref.get()).get('a')).toEqual([1, 2]);
  });

  it('composite where + orderBy + limit', async () => {
    const c = freshCollection();
    const rows: Array<[string, string, number]> = [['a', 'open', 1], ['b', 'closed', 2], ['c', 'open', 3], ['d', 'open', 4]];
    for (const [id, status, k] of rows) await c.doc(id).set({ status, k });
    const ids = (await c.where('status', '==', 'open').orderBy('k', 'desc').limit(2).get()).docs.map((d) => d.id);
    expect(ids).toEqual(['d', 'c']);
  });

  it('pagination by a range filter on the ordered field', async () => {
    const c = freshCollection();
    await seedNumbers(c, 1, 2, 3, 4);
    const page = (await c.where('k', '<', 3).orderBy('k', 'desc').limit(1).get()).docs.map((d) => d.get('k') as number);
    expect(page).toEqual([2]);
  });

  it('limitToLast', async () => {
    const c = freshCollection();
    await seedNumbers(c, 1, 2, 3, 4);
    const ks = (await c.orderBy('k').limitToLast(2).get()).docs.map((d) => d.get('k') as number);
    expect(ks).toEqual([3, 4]);
  });

  it('count()', async () => {
    const c = freshCollection();
    await seedNumbers(c, 1, 2, 3);
    expect((await c.where('k', '>', 1).count().get()).data().count).toBe(2);
  });

  it('a listener on a bounded query sees adds, modifications and removals', async () => {
    const c = freshCollection();
    await c.doc('a').set({ k: 1, t: 'x' });
    const seen: string[][] = [];
    const steps = [() => c.doc('b').set({ k: 2, t: 'x' }), () => c.doc('a').update({ t: 'y' }), () => c.doc('b').delete()];
    let unsubscribe = () => {};
    const done = new Promise<void>((resolve, reject) => {
      unsubscribe = c.orderBy('k').limitToLast(5).onSnapshot((snapshot) => {
        seen.push(snapshot.docChanges().map((change) => `${change.type} ${change.doc.id} ${String(change.doc.get('t'))}`));
        const next = steps.shift();
        if (next) next().catch(reject);
        else resolve();
      }, reject);
    });
    try {
      expect(await outcome(done)).toEqual({ value: undefined });
    } finally {
      unsubscribe();
    }
    expect(seen).toEqual([['added a x'], ['added b x'], ['modified a y'], ['removed b x']]);
  });
});
