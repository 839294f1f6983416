import type { Server } from 'node:http';
import net from 'node:net';

/** A local endpoint started by local mode. */
export interface LocalServer {
  readonly port: number;
  /** e.g. `http://127.0.0.1:4566` */
  readonly endpoint: string;
  /** Closes the server and its open connections; resolves once the port is free. */
  close(): Promise<void>;
}

export const LOCAL_HOST = '127.0.0.1';

/** Closes an HTTP server, cutting idle keep-alive connections that would otherwise hold it open. */
export function closeHttpServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!server.listening) {
      resolve();
      return;
    }
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}

/** The port a listening server got (useful after listening on port 0). */
export function portOf(server: { address(): ReturnType<net.Server['address']> }): number {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The server is not listening on TCP.');
  return address.port;
}

/** A port that was free a moment ago: for servers that cannot listen on port 0 themselves. */
export async function findFreePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, LOCAL_HOST, resolve);
  });
  const port = portOf(probe);
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** Fails with a message that says what to do when a port is taken. */
export class PortInUseError extends Error {
  override readonly name = 'PortInUseError';
  constructor(
    readonly what: string,
    readonly port: number,
    readonly flag: string,
  ) {
    super(`Port ${port} for ${what} is in use: stop what uses it, or pick another port with ${flag}.`);
  }
}

/** One port local mode wants, with what it is for and the flag that changes it. */
export interface WantedPort {
  readonly what: string;
  readonly port: number;
  readonly flag: string;
}

/** Every wanted port that is taken, named at once: fixing them one start at a time wastes the user's time. */
export class PortsInUseError extends Error {
  override readonly name = 'PortsInUseError';
  constructor(readonly busy: readonly WantedPort[]) {
    super(
      `${busy.length === 1 ? 'Port' : 'Ports'} in use: ${busy.map((p) => `${p.port} (${p.what}, ${p.flag})`).join(', ')}. ` +
        `Stop what uses ${busy.length === 1 ? 'it' : 'them'}, or pick other ports (0 picks a free one).`,
    );
  }
}

/** Whether 127.0.0.1:`port` can be listened on right now (it tries, and lets go at once). */
export async function isPortFree(port: number): Promise<boolean> {
  const probe = net.createServer();
  return new Promise((resolve) => {
    probe.once('error', () => resolve(false));
    probe.listen(port, LOCAL_HOST, () => probe.close(() => resolve(true)));
  });
}

/**
 * Checks every fixed port before anything starts (0 is always free).
 * @throws PortsInUseError naming each taken port.
 */
export async function assertPortsFree(wanted: readonly WantedPort[]): Promise<void> {
  const fixed = wanted.filter((w) => w.port !== 0);
  const free = await Promise.all(fixed.map((w) => isPortFree(w.port)));
  const busy = fixed.filter((_, i) => !free[i]);
  if (busy.length > 0) throw new PortsInUseError(busy);
}
