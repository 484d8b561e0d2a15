// Preloaded into a platform process by a benchmark (`node --expose-gc --import heap-probe.js`):
// asked "heap" over the IPC channel, it collects garbage and answers what is still in use.
const gc = (globalThis as { gc?: () => void }).gc;

process.on('message', (message) => {
  if (message !== 'heap') return;
  gc?.();
  gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  process.send?.({ heapUsed, rss });
});
// The channel must not keep the platform alive once it is told to stop.
process.channel?.unref();
