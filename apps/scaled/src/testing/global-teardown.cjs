const postgres = require('../../../../libs/event-store-postgres/src/testing/postgres-global-teardown.cjs');
const kafka = require('../../../../libs/messaging/src/testing/kafka-global-teardown.cjs');

module.exports = async () => {
  await kafka();
  await postgres();
};
