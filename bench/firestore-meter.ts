/**
 * Counts the Firestore operations a run would be billed for, at the embedded emulator's
 * gRPC boundary: every client (each API process, the jobs, the bench's own seeding) goes
 * through it, so nothing the product does is missed and nothing is counted twice.
 *
 * Counted as Firestore bills them (https://firebase.google.com/docs/firestore/pricing):
 * - a write per document set, created or updated in a successful commit; a delete per
 *   document deleted;
 * - a read per document a get asks for (found or not) and per document a query returns,
 *   at least one per query; a count() reads one per 1,000 documents counted, at least one;
 * - a listener: a read per document that enters its result or changes in it, and one for
 *   an initial result that is empty. The emulator re-sends a listener's whole result on
 *   every write (docs/architecture.md, "The Firestore subset"); a document re-sent with the
 *   same update time is not a change and is not counted;
 * - event documents carry `expireAt` for a TTL policy, which deletes them later: counted as
 *   `ttlDeletes` when they are written (Firestore bills TTL deletions as deletes).
 */
import type { RunningEmulator } from '../scripts/emulator';

export interface FirestoreOps {
  /** Document reads by gets and queries (count() included). */
  reads: number;
  /** Document reads by listeners (the site feeds). */
  listenReads: number;
  writes: number;
  deletes: number;
  /** Documents written with a TTL (`expireAt`): each is one delete when it expires. */
  ttlDeletes: number;
  /** Requests: gets (batches of), queries, commits, listeners opened. */
  gets: number;
  queries: number;
  commits: number;
  listens: number;
}

export const NO_OPS: FirestoreOps = { reads: 0, listenReads: 0, writes: 0, deletes: 0, ttlDeletes: 0, gets: 0, queries: 0, commits: 0, listens: 0 };

export function addOps(a: FirestoreOps, b: FirestoreOps, factor = 1): FirestoreOps {
  const out = { ...a };
  for (const key of Object.keys(out) as Array<keyof FirestoreOps>) out[key] = a[key] + b[key] * factor;
  return out;
}

export function opsBetween(before: FirestoreOps, after: FirestoreOps): FirestoreOps {
  return addOps(after, before, -1);
}

export interface FirestoreMeter {
  /** The counts so far (a copy). */
  read(): FirestoreOps;
}

/** The gRPC server inside the emulator and its handler table (private fields of @grpc/grpc-js). */
interface HandlerTable {
  handlers: Map<string, { func: (...args: any[]) => unknown; type: string }>;
}

type Message = Record<string, any>;
type MessageClass = { fromObject(value: Record<string, unknown>): Message };

/** Listen target change types (google.firestore.v1.TargetChange.TargetChangeType). */
const ADD = 1;
const CURRENT = 3;
const RESET = 4;

const SERVICE = '/google.firestore.v1.Firestore/';

export interface MeterOptions {
  /**
   * Listeners as Firestore runs them: a query listener looks again only when a document of
   * its collection is written, and is sent only what changed, instead of the emulator's
   * whole result on every write anywhere. The counts are the same either way; the work is
   * not: with the emulator's re-sends, the soak's two feeds on a 100-event window cost the
   * emulator ~100 ms of CPU per message and the API processes their time decoding (measured:
   * send → seen p50 28 s at 3 messages/s with 20 shoppers), which says nothing about
   * production. The soak turns it on; nothing else needs it.
   */
  listenDeltas?: boolean;
}

interface EmulatorState {
  emitter: { on(event: string, handler: (payload: { document?: { getPath(): string } }) => unknown): unknown; off(event: string, handler: unknown): unknown };
  v1Listen(listen: Message, callback: (response: Message) => void, onEnd: (handler: () => void) => void): void;
}

/**
 * Makes a query listener react only to writes in its own collection (a write elsewhere
 * cannot change a one-collection query's result). The emulator registers one handler per
 * listener on its state's emitter; they are wrapped with a path check, and unregistered
 * through the same map.
 */
function listenToOwnCollectionOnly(state: EmulatorState): void {
  const { emitter } = state;
  const on = emitter.on.bind(emitter);
  const off = emitter.off.bind(emitter);
  /** The filtered handler registered for each event and original handler. */
  const wrapped = new Map<string, Map<unknown, unknown>>();
  let prefix: string | null = null;
  emitter.on = (event, handler) => {
    if (prefix === null) return on(event, handler);
    const own = prefix;
    const filtered = (payload: { document?: { getPath(): string } }) => {
      const path = payload?.document?.getPath();
      if (path && !(path.startsWith(own) && !path.slice(own.length).includes('/'))) return;
      return handler(payload);
    };
    if (!wrapped.has(event)) wrapped.set(event, new Map());
    wrapped.get(event)!.set(handler, filtered);
    return on(event, filtered);
  };
  emitter.off = (event, handler) => {
    const filtered = wrapped.get(event)?.get(handler);
    wrapped.get(event)?.delete(handler);
    return off(event, filtered ?? handler);
  };
  const v1Listen = state.v1Listen.bind(state);
  state.v1Listen = (listen, callback, onEnd) => {
    const query = listen.has_add_target && listen.add_target.has_query ? listen.add_target.query : null;
    const collection = query?.structured_query?.from?.[0]?.collection_id as string | undefined;
    prefix = query && collection ? `${query.parent}/${collection}/` : null;
    try {
      v1Listen(listen, callback, onEnd);
    } finally {
      prefix = null;
    }
  };
}

/** Wraps the emulator's handlers in place; the emulator keeps serving as before. */
export function meterEmulator(emulator: RunningEmulator, options: MeterOptions = {}): FirestoreMeter {
  const ops: FirestoreOps = { ...NO_OPS };
  if (options.listenDeltas) listenToOwnCollectionOnly((emulator.server as unknown as { state: EmulatorState }).state);
  const grpcServer = (emulator.server as unknown as { server: HandlerTable }).server;
  const wrap = (method: string, wrapper: (original: (...args: any[]) => unknown) => (...args: any[]) => unknown) => {
    const handler = grpcServer.handlers.get(SERVICE + method);
    if (!handler) throw new Error(`the emulator has no ${method} handler to meter`);
    handler.func = wrapper(handler.func);
  };

  wrap('Commit', (original) => (call: { request: Message }, callback: (error: unknown, value?: unknown) => void) => {
    original(call, (error: unknown, value?: unknown) => {
      if (!error) {
        ops.commits += 1;
        for (const write of call.request.writes as Message[]) {
          if (write.has_delete) {
            ops.deletes += 1;
            continue;
          }
          ops.writes += 1;
          const fields = write.has_update ? (write.update.fields as Map<string, unknown> | undefined) : undefined;
          if (fields?.has?.('expireAt')) ops.ttlDeletes += 1;
        }
      }
      callback(error, value);
    });
  });

  wrap('BatchGetDocuments', (original) => (call: { request: Message }) => {
    ops.gets += 1;
    ops.reads += (call.request.documents as string[]).length;
    return original(call);
  });

  wrap('RunQuery', (original) => (call: { write: (m: Message) => unknown; end: () => unknown }) => {
    ops.queries += 1;
    let documents = 0;
    const write = call.write.bind(call);
    const end = call.end.bind(call);
    call.write = (message: Message) => {
      if (message.has_document) documents += 1;
      return write(message);
    };
    call.end = () => {
      ops.reads += Math.max(1, documents);
      return end();
    };
    return original(call);
  });

  wrap('RunAggregationQuery', (original) => (call: { write: (m: Message) => unknown }) => {
    ops.queries += 1;
    const write = call.write.bind(call);
    call.write = (message: Message) => {
      let counted = 0;
      const fields = message.result?.aggregate_fields as Map<string, Message> | undefined;
      fields?.forEach((value) => {
        counted = Math.max(counted, Number(value.integer_value ?? 0));
      });
      ops.reads += Math.max(1, Math.ceil(counted / 1000));
      return write(message);
    };
    return original(call);
  });

  wrap('Listen', (original) => (call: { write: (m: Message) => unknown; emit: (event: string) => boolean; once: (event: string, run: () => void) => unknown }) => {
    ops.listens += 1;
    // A client gone without closing its stream (a killed process) cancels the call; the
    // emulator stops a listener only at the stream's end, so end it, or it runs forever.
    call.once('cancelled', () => call.emit('end'));
    // What this listener has been sent: document name → update time.
    const known = new Map<string, string>();
    let targetIds: number[] = [];
    let state: 'initial' | 'live' | 'resending' = 'initial';
    let resent = new Set<string>();
    const write = call.write.bind(call);
    call.write = (message: Message) => {
      if (message.has_target_change) {
        const type = message.target_change.target_change_type as number;
        if (type === ADD) targetIds = [...(message.target_change.target_ids as number[])];
        if (type === RESET && state === 'live') {
          state = 'resending';
          resent = new Set();
          if (options.listenDeltas) return true;
        }
        if (type === CURRENT) {
          if (state === 'initial') {
            state = 'live';
            // The first result: an empty one is still one read.
            if (known.size === 0) ops.listenReads += 1;
          } else if (state === 'resending') {
            state = 'live';
            for (const name of [...known.keys()]) {
              if (resent.has(name)) continue;
              known.delete(name);
              if (options.listenDeltas) write((message.constructor as unknown as MessageClass).fromObject({ document_remove: { document: name, removed_target_ids: targetIds } }));
            }
            if (options.listenDeltas) return true;
          }
        }
        return write(message);
      }
      if (message.has_document_change) {
        const document = message.document_change.document as Message;
        const version = `${document.update_time?.seconds ?? ''}.${document.update_time?.nanos ?? ''}`;
        if (state === 'resending') resent.add(document.name);
        if (known.get(document.name) === version) {
          if (options.listenDeltas && state === 'resending') return true;
        } else {
          known.set(document.name, version);
          ops.listenReads += 1;
        }
      }
      return write(message);
    };
    return original(call);
  });

  return { read: () => ({ ...ops }) };
}
