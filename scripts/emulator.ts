/**
 * The embedded Firestore emulator (@firestore-emulator/server), bound to loopback.
 * Used by the local stack, the integration tests and the bench.
 */
import { createRequire } from 'node:module';
import type { FirestoreServer as FirestoreServerType } from '@firestore-emulator/server';

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

/** Starts the emulator on 127.0.0.1 (port 0 picks a free one). */
export async function startEmulator(port = 0): Promise<RunningEmulator> {
  const server = new FirestoreServer();
  // FirestoreServer.start() binds 0.0.0.0; bind its gRPC server to loopback ourselves so
  // the local database is never reachable from the network.
  const grpcServer = (server as unknown as { server: GrpcServer }).server;
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
