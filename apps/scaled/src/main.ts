import { defaultShapeOptions, readShape, replicaUrl, shapeRunning, startShape, stopShape } from './scaled-shape.js';

/**
 * `npm run scaled:start` / `scaled:stop`: the scaled-out shape as processes on one machine, without
 * Docker (docs/scaled-out.md). MONITOR_SCALED_DIR (default .scaled/) holds pids, logs and data;
 * MONITOR_SCALED_PORT (default 4101) is replica 1's port, replica 2's the next.
 */
const options = {
  ...defaultShapeOptions(),
  ...(process.env['MONITOR_SCALED_DIR'] ? { runDir: process.env['MONITOR_SCALED_DIR'] } : {}),
  ...(process.env['MONITOR_SCALED_PORT'] ? { firstPort: Number(process.env['MONITOR_SCALED_PORT']) } : {}),
};
if (!Number.isInteger(options.firstPort) || options.firstPort < 1024 || options.firstPort > 65000)
  throw new RangeError(`MONITOR_SCALED_PORT must be a port from 1024 to 65000, not ${process.env['MONITOR_SCALED_PORT']}`);

const command = process.argv[2];
if (command === 'start') {
  try {
    const { shape, urls } = await startShape(options);
    urls.forEach((url, i) => console.log(`replica ${i + 1} ${url}`));
    console.error(
      `store ${shape.postgresUrl} (schema ${shape.options.postgresSchema}), broker ${shape.brokers}; pids and logs in ${options.runDir}`,
    );
  } catch (error) {
    console.error(`scaled:start failed: ${(error as Error).message}\nwhat started is still running: npm run scaled:stop ends it`);
    process.exit(1);
  }
} else if (command === 'stop') {
  await stopShape(options.runDir);
  console.error('scaled shape stopped');
} else if (command === 'status') {
  const shape = readShape(options.runDir);
  if (!shape || !shapeRunning(options.runDir)) {
    console.error('not running');
    process.exit(3);
  }
  for (let n = 1; n <= shape.options.replicas; n += 1) console.log(`replica ${n} ${replicaUrl(shape, n)}`);
} else {
  console.error('usage: node apps/scaled/dist/main.js start|stop|status');
  process.exit(2);
}
