// A worker thread of verifyInParallel: verifies one segment, posting its progress and then its result.
import { parentPort, workerData } from 'node:worker_threads';
import { verifySegment, type SegmentTask } from './verify-segment.js';

const port = parentPort!;
const result = verifySegment(workerData as SegmentTask, (events) => port.postMessage({ progress: events }));
port.postMessage({ result: result ?? null });
