// Both servers the shape needs: PostgreSQL (fails, never skips, when it cannot start) and Kafka.
const postgres = require('../../../../libs/event-store-postgres/src/testing/postgres-global-setup.cjs');
const kafka = require('../../../../libs/messaging/src/testing/kafka-global-setup.cjs');

module.exports = async () => {
  await postgres();
  await kafka();
};
