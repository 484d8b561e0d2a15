/**
 * One way in: every source (GraphQL, Kafka messages, document importers) maps its plain input to
 * complete domain commands here. Pure mapping over the domain: no framework, transport or clock.
 */
export * from './readings.js';
export * from './task.intake.js';
export * from './plan.intake.js';
export * from './org-unit.intake.js';
