import net from 'node:net';

/**
 * How the proxy treats connections: `pass` forwards them; `refuse` stops listening (connections are refused);
 * `reset` accepts and resets at once (ECONNRESET); `silent` accepts and never answers (a stalled server).
 */
export type ProxyMode = 'pass' | 'refuse' | 'reset' | 'silent';

/**
 * A TCP proxy on 127.0.0.1 in front of one local server, for outages on demand. Switching mode cuts every
 * connection open through it, as an outage does, so pooled keep-alive connections cannot slip through.
 */
export async function startFaultProxy(upstreamPort: number, port = 0) {
  let mode: ProxyMode = 'pass';
  const open = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
    socket.on('error', () => undefined);
    if (mode === 'reset') {
      socket.resetAndDestroy();
      return;
    }
    if (mode === 'silent') return;
    const upstream = net.connect(upstreamPort, '127.0.0.1');
    open.add(upstream);
    upstream.on('close', () => open.delete(upstream));
    upstream.on('error', () => socket.destroy());
    socket.on('close', () => upstream.destroy());
    socket.pipe(upstream).pipe(socket);
  });
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(listenPort, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  let listenPort = port;
  await listen();
  listenPort = (server.address() as net.AddressInfo).port;
  return {
    port: listenPort,
    get mode() {
      return mode;
    },
    async set(next: ProxyMode): Promise<void> {
      for (const socket of open) socket.destroy();
      open.clear();
      if (next === 'refuse' && server.listening)
        await new Promise<void>((resolve) => server.close(() => resolve()));
      if (next !== 'refuse' && !server.listening) await listen();
      mode = next;
    },
    async close(): Promise<void> {
      for (const socket of open) socket.destroy();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
