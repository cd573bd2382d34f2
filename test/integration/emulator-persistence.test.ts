/**
 * The local stack's data survives a restart: everything written to one embedded emulator,
 * saved, comes back equal in a fresh one, restored either into its server or through a
 * firebase-admin client. Uses emulators of its own, not the shared endpoint.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentReference, FieldValue, GeoPoint, Timestamp, type DocumentData, type Firestore } from 'firebase-admin/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../../scripts/emulator';
import { restoreEmulatorState, saveEmulatorState } from '../../scripts/emulator-persistence';
import { localFirestore } from '../../scripts/local-firestore';

/** Every document written, by path (relative to the database). */
const PATHS = ['people/ada', 'people/ada/notes/n1', 'people/ada/notes/n1/tags/t1', 'people/empty', 'ghost/parent/kids/k1', 'counters/c'];

let dir: string;
let file: string;
/** The emulator's own view of the original data, and each document's data and times. */
let originalTree: unknown;
let original: Map<string, { data: DocumentData | undefined; createTime?: Timestamp; updateTime?: Timestamp }>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kotha-persistence-'));
  file = join(dir, 'nested', 'firestore.json');
  const emulator = await startEmulator();
  const db = localFirestore(emulator.hostPort);
  try {
    await db.doc('people/ada').set({
      string: 'Ada', emptyString: '', unicode: 'কথা ✓',
      integer: 42, negative: -7, maxSafe: Number.MAX_SAFE_INTEGER,
      double: 1.5, nan: NaN, infinity: Infinity, negativeInfinity: -Infinity,
      yes: true, no: false, nothing: null,
      timestamp: new Timestamp(1_700_000_000, 123_456_000),
      bytes: Buffer.from([0, 1, 2, 254, 255]),
      geo: new GeoPoint(23.8103, 90.4125),
      reference: db.doc('people/empty'),
      array: [1, 'two', 3.25, null, { four: 4 }, new Timestamp(1, 2)],
      map: { nested: { deeper: ['x', true], at: new Timestamp(2, 0) }, n: 1 },
      emptyMap: {}, emptyArray: [],
    });
    await db.doc('people/ada/notes/n1').set({ text: 'first note', at: FieldValue.serverTimestamp() });
    await db.doc('people/ada/notes/n1/tags/t1').set({ name: 'deep' });
    await db.doc('people/empty').set({});
    // Its parent, ghost/parent, never exists: it must not come back as an empty document.
    await db.doc('ghost/parent/kids/k1').set({ v: 1 });
    await db.doc('counters/c').set({ n: 1 });
    // Integer + double → a double that is whole (3.0): the one value a client cannot write.
    await db.doc('counters/c').update({ n: FieldValue.increment(1.5) });
    await db.doc('counters/c').update({ n: FieldValue.increment(0.5) });
    await db.doc('people/deleted').set({ v: 1 });
    await db.doc('people/deleted').delete();

    originalTree = emulator.server.state.toJSON();
    original = await readAll(db);
    await saveEmulatorState(emulator.server, file);
  } finally {
    await db.terminate();
    await emulator.stop();
  }
});

afterAll(() => rm(dir, { recursive: true, force: true }));

/** Each path's data, references as paths (a reference carries its client). */
async function readAll(db: Firestore) {
  const all = new Map<string, { data: DocumentData | undefined; createTime?: Timestamp; updateTime?: Timestamp }>();
  for (const path of [...PATHS, 'ghost/parent', 'people/deleted']) {
    const snapshot = await db.doc(path).get();
    all.set(path, { data: comparable(snapshot.data()) as DocumentData | undefined, createTime: snapshot.createTime, updateTime: snapshot.updateTime });
  }
  return all;
}

function comparable(value: unknown): unknown {
  if (value instanceof DocumentReference) return { reference: value.path };
  if (Array.isArray(value)) return value.map(comparable);
  if (value && typeof value === 'object' && value.constructor === Object) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, comparable(v)]));
  }
  return value;
}

describe('emulator persistence', () => {
  it('saves atomically, leaving no temporary file', async () => {
    expect(await readdir(join(dir, 'nested'))).toEqual(['firestore.json']);
  });

  it('restores into a fresh emulator server exactly: types, tree and times', async () => {
    const emulator = await startEmulator();
    const db = localFirestore(emulator.hostPort);
    try {
      expect(await restoreEmulatorState(emulator.server, file)).toBe(PATHS.length);
      // The emulator's own view, with each field's type: 42 an integer, 3.0 a double.
      const tree = emulator.server.state.toJSON();
      expect(tree).toEqual(originalTree);
      expect(JSON.stringify(tree)).toContain('"n":{"type":"double_value","value":3}');
      const restored = await readAll(db);
      expect(restored).toEqual(original);
      expect(restored.get('ghost/parent')?.data).toBeUndefined();
      expect(restored.get('people/empty')?.data).toEqual({});
      expect(restored.get('counters/c')?.data).toEqual({ n: 3 });
      // A restored database answers queries and takes writes like the original.
      const notes = await db.collection('people/ada/notes').where('text', '==', 'first note').get();
      expect(notes.docs.map((d) => d.id)).toEqual(['n1']);
      await db.doc('counters/c').update({ n: FieldValue.increment(1) });
      expect((await db.doc('counters/c').get()).get('n')).toBe(4);
    } finally {
      await db.terminate();
      await emulator.stop();
    }
  });

  it('restores through a firebase-admin client, every value equal', async () => {
    const emulator = await startEmulator();
    const db = localFirestore(emulator.hostPort);
    try {
      expect(await restoreEmulatorState(db, file)).toBe(PATHS.length);
      const restored = await readAll(db);
      for (const [path, { data }] of original) expect(restored.get(path)?.data, path).toEqual(data);
      expect(await (await db.doc('people/ada').get()).get('reference').get()).toMatchObject({ exists: true });
    } finally {
      await db.terminate();
      await emulator.stop();
    }
  });

  it('a second save over an existing file replaces it', async () => {
    const emulator = await startEmulator();
    const again = join(dir, 'again.json');
    try {
      await restoreEmulatorState(emulator.server, file);
      await saveEmulatorState(emulator.server, again);
      await saveEmulatorState(emulator.server, again);
      const fresh = await startEmulator();
      try {
        expect(await restoreEmulatorState(fresh.server, again)).toBe(PATHS.length);
        expect(fresh.server.state.toJSON()).toEqual(originalTree);
      } finally {
        await fresh.stop();
      }
    } finally {
      await emulator.stop();
    }
  });

  it('restores nothing from a missing file (a first start)', async () => {
    const emulator = await startEmulator();
    try {
      expect(await restoreEmulatorState(emulator.server, join(dir, 'absent.json'))).toBe(0);
    } finally {
      await emulator.stop();
    }
  });

  it('refuses a file that is not a snapshot', async () => {
    const other = join(dir, 'other.json');
    await writeFile(other, JSON.stringify({ projects: {} }));
    const emulator = await startEmulator();
    try {
      await expect(restoreEmulatorState(emulator.server, other)).rejects.toThrow(/not a Kotha emulator snapshot/);
    } finally {
      await emulator.stop();
    }
  });
});
