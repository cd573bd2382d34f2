/**
 * Two small TCP proxies on loopback for the soak:
 * - a round-robin balancer in front of the API processes, as Cloud Run's front end spreads
 *   connections over instances: each new connection goes to the next process, and to the one
 *   after when that one refuses (a process being restarted); bytes pass untouched, so Server-
 *   Sent Events stream through it;
 * - a link in front of the emulator that can stop forwarding for a while: a network pause
 *   between the API and Firestore. Nothing is dropped; bytes wait and then flow again, and
 *   connections opened meanwhile are held until the link is back.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return (server.address() as AddressInfo).port;
}

function closeServer(server: Server, sockets: Set<Socket>): Promise<void> {
  for (const socket of sockets) socket.destroy();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** Joins two sockets: what one ends or breaks, the other does too. */
function splice(a: Socket, b: Socket, forward: (from: Socket, to: Socket, chunk: Buffer) => void = (_f, to, chunk) => void to.write(chunk)) {
  a.on('data', (chunk: Buffer) => forward(a, b, chunk));
  b.on('data', (chunk: Buffer) => forward(b, a, chunk));
  a.on('end', () => b.end());
  b.on('end', () => a.end());
  const destroy = () => {
    a.destroy();
    b.destroy();
  };
  a.on('error', destroy);
  b.on('error', destroy);
  a.on('close', destroy);
  b.on('close', destroy);
}

export interface RoundRobinProxy {
  port: number;
  /** Connections refused by a backend and sent to the next one. */
  failovers: number;
  stop(): Promise<void>;
}

export async function startRoundRobinProxy(backendPorts: number[]): Promise<RoundRobinProxy> {
  let next = 0;
  const sockets = new Set<Socket>();
  const proxy: RoundRobinProxy = { port: 0, failovers: 0, stop: () => closeServer(server, sockets) };
  const server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    client.pause();
    const first = next++ % backendPorts.length;
    const attempt = (tried: number) => {
      if (tried === backendPorts.length || client.destroyed) {
        client.destroy();
        return;
      }
      const upstream = connect(backendPorts[(first + tried) % backendPorts.length]!, '127.0.0.1');
      const refused = () => {
        proxy.failovers += 1;
        attempt(tried + 1);
      };
      upstream.once('error', refused);
      upstream.once('connect', () => {
        upstream.off('error', refused);
        sockets.add(upstream);
        upstream.on('close', () => sockets.delete(upstream));
        splice(client, upstream);
        client.resume();
      });
    };
    attempt(0);
  });
  proxy.port = await listen(server);
  return proxy;
}

export interface LinkProxy {
  /** `host:port` to give clients instead of the target's. */
  hostPort: string;
  /** Stops forwarding for `ms`, then forwards what waited. Resolves when the link is back. */
  pause(ms: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startLinkProxy(targetPort: number): Promise<LinkProxy> {
  const sockets = new Set<Socket>();
  let paused = false;
  const held: Array<() => void> = [];
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };
  const server = createServer((client) => {
    track(client);
    client.on('error', () => client.destroy());
    const join = () => {
      if (client.destroyed) return;
      const upstream = connect(targetPort, '127.0.0.1');
      track(upstream);
      splice(client, upstream);
    };
    if (paused) {
      client.pause();
      held.push(() => {
        join();
        client.resume();
      });
    } else join();
  });
  const port = await listen(server);
  return {
    hostPort: `127.0.0.1:${port}`,
    async pause(ms) {
      paused = true;
      for (const socket of sockets) socket.pause();
      await new Promise((resolve) => setTimeout(resolve, ms));
      paused = false;
      for (const socket of sockets) socket.resume();
      for (const release of held.splice(0)) release();
    },
    stop: () => closeServer(server, sockets),
  };
}
