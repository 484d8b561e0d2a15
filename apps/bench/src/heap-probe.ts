// Preloaded into a platform process by a benchmark (`node --expose-gc --import heap-probe.js`):
// asked over the IPC channel, it answers the heap in use (after collecting garbage when asked
// "heap") and the CPU time the process has used so far.
const collectGarbage = (globalThis as { gc?: () => void }).gc;

process.on('message', (message) => {
  if (message !== 'heap' && message !== 'cpu') return;
  if (message === 'heap') {
    collectGarbage?.();
    collectGarbage?.();
  }
  const { heapUsed, rss } = process.memoryUsage();
  const { user, system } = process.cpuUsage();
  process.send?.({ heapUsed, rss, cpuMs: (user + system) / 1000 });
});
// The channel must not keep the platform alive once it is told to stop.
process.channel?.unref();
