/**
 * Keeps the embedded emulator's data across restarts of the local stack: a snapshot of
 * every document to a JSON file, and back.
 *
 * Restoring into the emulator's server writes straight into its state (its own
 * `writeV1Document`, with its own protobuf classes): exact, including what the client API
 * blurs (a double that happens to be whole, `3.0`, stays a double; the emulator's `==`
 * tells them apart) and each document's create and update times. Restoring through a
 * firebase-admin client instead works on any endpoint and is exact but for those two.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { FirestoreServer } from '@firestore-emulator/server';
import type { Write } from '@firestore-emulator/proto/dist/google/firestore/v1/write';
import { GeoPoint, Timestamp, type DocumentData, type Firestore } from 'firebase-admin/firestore';

// The CommonJS build, as in emulator.ts; and the very copy of the protobuf classes that
// the emulator itself loads.
const requireFromServer = createRequire(createRequire(import.meta.url).resolve('@firestore-emulator/server'));
const { Write: WriteMessage } = requireFromServer('@firestore-emulator/proto/dist/google/firestore/v1/write') as { Write: typeof Write };

type FirestoreState = FirestoreServer['state'];
type WriteObject = Parameters<typeof Write.fromObject>[0];
type ValueObject = NonNullable<NonNullable<WriteObject['update']>['fields']>[string];

/** A field as the file holds it: the emulator's `{type, value}` made JSON-safe. */
type SavedField =
  | { type: 'string_value' | 'reference_value'; value: string }
  | { type: 'null_value'; value: null }
  | { type: 'boolean_value'; value: boolean }
  | { type: 'integer_value'; value: number }
  // JSON has no NaN, Infinity or -0.
  | { type: 'double_value'; value: number | 'NaN' | 'Infinity' | '-Infinity' | '-0' }
  | { type: 'timestamp_value'; value: { seconds: number; nanos: number } }
  // JSON.stringify would turn a Uint8Array into an object of indexes.
  | { type: 'bytes_value'; value: string /* base64 */ }
  | { type: 'geo_point_value'; value: { latitude: number; longitude: number } }
  | { type: 'array_value'; value: SavedField[] }
  | { type: 'map_value'; value: Record<string, SavedField> };

interface SavedDocument {
  /** Full resource name: projects/{p}/databases/{d}/documents/{collection}/{id}/… */
  path: string;
  createTime: number;
  updateTime: number;
  fields: Record<string, SavedField>;
}

const FORMAT = 'kotha-firestore-emulator-state';

interface SavedState {
  format: typeof FORMAT;
  version: 1;
  savedAt: string;
  documents: SavedDocument[];
}

/** The emulator's JSON of one document (FirestoreStateDocument.toJSON). */
interface StateDocumentJson {
  path: string;
  fields: Record<string, { type: string; value: unknown }>;
  collections: Record<string, { documents: Record<string, StateDocumentJson> }>;
}

/**
 * Writes every document of every project to `file`, atomically: a crash mid-save leaves
 * the previous snapshot intact.
 */
export async function saveEmulatorState(server: FirestoreServer, file: string): Promise<void> {
  // Taken synchronously, so the snapshot is one consistent point in time.
  const state: SavedState = { format: FORMAT, version: 1, savedAt: new Date().toISOString(), documents: snapshotDocuments(server.state) };
  // Same directory as the target, so the rename cannot cross file systems.
  const temporary = `${file}.${process.pid}.${randomUUID()}.tmp`;
  await mkdir(dirname(file), { recursive: true });
  try {
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(JSON.stringify(state));
      // Without it, a power cut after the rename can leave an empty file behind the name.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Loads a snapshot written by saveEmulatorState, replacing any document at the same path;
 * into the emulator's server (exact), or through a firebase-admin client (any endpoint;
 * every document lands in that client's project and database). Returns how many
 * documents it restored: 0 when `file` does not exist (a first start), so callers need
 * not check.
 */
export async function restoreEmulatorState(target: FirestoreServer | Firestore, file: string): Promise<number> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  const saved = JSON.parse(text) as Partial<SavedState>;
  if (saved.format !== FORMAT || saved.version !== 1 || !Array.isArray(saved.documents)) {
    throw new Error(`${file} is not a Kotha emulator snapshot (format ${String(saved.format)}, version ${String(saved.version)})`);
  }
  if ('state' in target) restoreIntoState(target.state, saved.documents);
  else await restoreThroughClient(target, saved.documents);
  return saved.documents.length;
}

function restoreIntoState(state: FirestoreState, documents: SavedDocument[]): void {
  for (const document of documents) {
    const target = state.getDocument(document.path);
    if (target.metadata.hasExist) target.delete();
    const write = WriteMessage.fromObject({
      update: { name: document.path, fields: mapValues(document.fields, toValueObject) },
      current_document: { exists: false },
    });
    state.writeV1Document(new Date(document.createTime), write);
    // A write gives both times the one date it is given; the snapshot has two.
    target.metadata = { hasExist: true, createdAt: new Date(document.createTime), updatedAt: new Date(document.updateTime) };
  }
}

/** Firestore caps a batch at 500 writes; stay well under. */
const BATCH_SIZE = 400;

async function restoreThroughClient(db: Firestore, documents: SavedDocument[]): Promise<void> {
  for (let start = 0; start < documents.length; start += BATCH_SIZE) {
    const batch = db.batch();
    for (const document of documents.slice(start, start + BATCH_SIZE)) {
      batch.set(db.doc(documentPath(document.path)), mapValues(document.fields, (field) => toClientValue(field, db)) as DocumentData);
    }
    await batch.commit();
  }
}

/** `projects/p/databases/d/documents/a/b` → `a/b`. */
function documentPath(resourceName: string): string {
  const marker = '/documents/';
  const at = resourceName.indexOf(marker);
  if (at < 0) throw new Error(`Not a document name: ${resourceName}`);
  return resourceName.slice(at + marker.length);
}

function mapValues<A, B>(record: Record<string, A>, f: (value: A) => B): Record<string, B> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, f(value)]));
}

function snapshotDocuments(state: FirestoreState): SavedDocument[] {
  const documents: SavedDocument[] = [];
  const visit = (json: StateDocumentJson) => {
    // The tree also holds documents that do not exist but have subcollections (and look
    // like empty documents); only the live object knows which.
    const { metadata } = state.getDocument(json.path);
    if (metadata.hasExist) {
      documents.push({
        path: json.path,
        createTime: metadata.createdAt.getTime(),
        updateTime: metadata.updatedAt.getTime(),
        fields: mapValues(json.fields, toSavedField),
      });
    }
    for (const collection of Object.values(json.collections)) for (const child of Object.values(collection.documents)) visit(child);
  };
  for (const project of Object.values(state.toJSON().projects))
    for (const database of Object.values(project.databases))
      for (const collection of Object.values(database.collections))
        for (const document of Object.values(collection.documents)) visit(document);
  return documents;
}

function toSavedField(field: { type: string; value: unknown }): SavedField {
  const { type, value } = field;
  switch (type) {
    case 'string_value':
    case 'reference_value':
      return { type, value: value as string };
    case 'null_value':
      return { type, value: null };
    case 'boolean_value':
      return { type, value: value as boolean };
    case 'integer_value':
      return { type, value: Number(value) };
    case 'double_value': {
      const n = value as number;
      return { type, value: Number.isNaN(n) ? 'NaN' : n === Infinity ? 'Infinity' : n === -Infinity ? '-Infinity' : Object.is(n, -0) ? '-0' : n };
    }
    case 'timestamp_value': {
      const { seconds, nanos } = value as { seconds: number; nanos: number };
      return { type, value: { seconds: Number(seconds), nanos: Number(nanos) } };
    }
    case 'bytes_value':
      return { type, value: Buffer.from(value as Uint8Array).toString('base64') };
    case 'geo_point_value': {
      const { latitude, longitude } = value as { latitude: number; longitude: number };
      return { type, value: { latitude, longitude } };
    }
    case 'array_value':
      return { type, value: (value as Array<{ type: string; value: unknown }>).map(toSavedField) };
    case 'map_value':
      return { type, value: mapValues(value as Record<string, { type: string; value: unknown }>, toSavedField) };
    default:
      // Refuse rather than write a snapshot that silently loses data.
      throw new Error(`Cannot save a field of type ${type}`);
  }
}

function toValueObject(field: SavedField): ValueObject {
  switch (field.type) {
    case 'string_value':
      return { string_value: field.value };
    case 'reference_value':
      return { reference_value: field.value };
    case 'null_value':
      return { null_value: 0 }; // NullValue.NULL_VALUE
    case 'boolean_value':
      return { boolean_value: field.value };
    case 'integer_value':
      return { integer_value: field.value };
    case 'double_value':
      return { double_value: toDouble(field.value) };
    case 'timestamp_value':
      return { timestamp_value: field.value };
    case 'bytes_value':
      return { bytes_value: new Uint8Array(Buffer.from(field.value, 'base64')) };
    case 'geo_point_value':
      return { geo_point_value: field.value };
    case 'array_value':
      return { array_value: { values: field.value.map(toValueObject) } };
    case 'map_value':
      return { map_value: { fields: mapValues(field.value, toValueObject) } };
  }
}

function toDouble(value: Extract<SavedField, { type: 'double_value' }>['value']): number {
  return typeof value === 'number' ? value : value === '-0' ? -0 : Number(value);
}

function toClientValue(field: SavedField, db: Firestore): unknown {
  switch (field.type) {
    case 'string_value':
    case 'boolean_value':
    case 'integer_value':
    case 'null_value':
      return field.value;
    case 'reference_value':
      return db.doc(documentPath(field.value));
    case 'double_value':
      return toDouble(field.value);
    case 'timestamp_value':
      return new Timestamp(field.value.seconds, field.value.nanos);
    case 'bytes_value':
      return Buffer.from(field.value, 'base64');
    case 'geo_point_value':
      return new GeoPoint(field.value.latitude, field.value.longitude);
    case 'array_value':
      return field.value.map((item) => toClientValue(item, db));
    case 'map_value':
      return mapValues(field.value, (item) => toClientValue(item, db));
  }
}
