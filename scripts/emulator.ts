/**
 * The embedded Firestore emulator (@firestore-emulator/server), bound to loopback.
 * Used by the local stack, the integration tests and the bench.
 */
import { createRequire } from 'node:module';
import type { FirestoreServer as FirestoreServerType } from '@firestore-emulator/server';
import { missingIndex, readIndexFile, shapeOf, type IndexFile } from './firestore-indexes';

/** The gRPC server inside FirestoreServer (a private field; see startEmulator). */
interface GrpcServer {
  bindAsync(address: string, credentials: unknown, callback: (error: Error | null, port: number) => void): void;
  tryShutdown(callback: () => void): void;
  forceShutdown(): void;
}
// The package's ES build imports files without extensions, which Node's ESM loader
// refuses; its CommonJS build works, so load it with require.
const requireHere = createRequire(import.meta.url);
const { FirestoreServer } = requireHere('@firestore-emulator/server') as { FirestoreServer: new () => FirestoreServerType };
// The very copy of @grpc/grpc-js that the emulator uses, for its credentials.
const grpc = createRequire(requireHere.resolve('@firestore-emulator/server'))('@grpc/grpc-js') as {
  ServerCredentials: { createInsecure(): unknown };
};

export interface RunningEmulator {
  /** `host:port`, the value for FIRESTORE_EMULATOR_HOST. */
  hostPort: string;
  server: FirestoreServerType;
  stop(): Promise<void>;
}

/** The product's top-level collections: queries under them are held to firestore.indexes.json. */
const PRODUCT_COLLECTIONS = new Set(['sites', 'rateLimits', 'emailSuppressions', 'health']);

interface QueryCall {
  request: { parent?: string; structured_query?: { toObject(): object }; structured_aggregation_query?: { structured_query?: { toObject(): object } } };
  emit(event: 'error', status: { code: number; details: string }): void;
}

/**
 * Makes the emulator refuse, as Firestore does (FAILED_PRECONDITION), a query on the
 * product's collections that firestore.indexes.json cannot serve (scripts/firestore-indexes.ts).
 * Listeners are not checked: the emulator's Listen cannot be refused this way, and the one
 * listener the product holds (the event log's, on one field) needs no composite index.
 */
function enforceIndexes(grpcServer: GrpcServer, indexes: IndexFile): void {
  const handlers = (grpcServer as unknown as { handlers: Map<string, { func: (call: QueryCall) => void }> }).handlers;
  for (const method of ['RunQuery', 'RunAggregationQuery']) {
    const handler = handlers.get(`/google.firestore.v1.Firestore/${method}`);
    if (!handler) throw new Error(`The emulator has no ${method} handler to check indexes on; has @firestore-emulator/server changed?`);
    const serve = handler.func;
    handler.func = (call) => {
      const structured = call.request.structured_query ?? call.request.structured_aggregation_query?.structured_query;
      const shape = structured ? shapeOf(structured.toObject()) : null;
      const under = /\/documents(?:\/([^/]+))?/.exec(call.request.parent ?? '')?.[1] ?? shape?.collectionGroup ?? '';
      const problem = shape && PRODUCT_COLLECTIONS.has(under) ? missingIndex(shape, indexes) : null;
      if (problem) call.emit('error', { code: FAILED_PRECONDITION, details: problem });
      else serve(call);
    };
  }
}

const FAILED_PRECONDITION = 9;

/**
 * Starts the emulator on 127.0.0.1 (port 0 picks a free one). Queries on the product's
 * collections need their indexes, as in production, unless `indexes` is null.
 */
export async function startEmulator(port = 0, options: { indexes?: IndexFile | null } = {}): Promise<RunningEmulator> {
  const server = new FirestoreServer();
  // FirestoreServer.start() binds 0.0.0.0; bind its gRPC server to loopback ourselves so
  // the local database is never reachable from the network.
  const grpcServer = (server as unknown as { server: GrpcServer }).server;
  const indexes = options.indexes === undefined ? readIndexFile() : options.indexes;
  if (indexes) enforceIndexes(grpcServer, indexes);
  const credentials = grpc.ServerCredentials.createInsecure();
  const boundPort = await new Promise<number>((resolve, reject) => {
    grpcServer.bindAsync(`127.0.0.1:${port}`, credentials, (error, actual) => (error ? reject(error) : resolve(actual)));
  });
  return {
    hostPort: `127.0.0.1:${boundPort}`,
    server,
    stop: () =>
      new Promise<void>((resolve) => {
        grpcServer.tryShutdown(() => resolve());
        // Open listeners would hold a graceful shutdown forever.
        setTimeout(() => {
          grpcServer.forceShutdown();
          resolve();
        }, 1000).unref();
      }),
  };
}
