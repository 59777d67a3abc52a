// Integration tests start services, databases and NATS servers on a shared 2-core machine.
module.exports = { ...require('../../jest.preset.cjs'), testTimeout: 30_000 };
