// The CLI tests spawn the built CLI (a Node start-up of 0.3–2 s each on a loaded machine).
module.exports = { ...require('../../jest.preset.cjs'), testTimeout: 60_000 };
