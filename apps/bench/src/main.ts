// Runs every benchmark in turn and prints its figures: `npm run bench`. Nothing here asserts a
// speed: the figures are printed beside their targets, to be read.
import { benchEventStore } from './event-store.bench.js';
import { benchKurrentDb } from './kurrentdb.bench.js';
import { printMachineCheck } from './machine-check.js';
import { benchNationalScale } from './national.bench.js';

printMachineCheck('before');
await benchEventStore();
await benchNationalScale();
await benchKurrentDb();
printMachineCheck('after');
