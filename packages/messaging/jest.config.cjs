// Integration tests talk to the real NATS server; redelivery paths need a few seconds.
module.exports = { ...require('../../jest.preset.cjs'), testTimeout: 30_000 };
