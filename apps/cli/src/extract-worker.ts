// Worker-thread entry of `stance extract --jobs N`: builds its extractor from the compiled
// codebook it is given (no compile of its own), then answers each LineBatch message with its
// BatchResult, in the order received.
import { parentPort, workerData } from 'node:worker_threads';
import { createExtractor } from './engine.js';
import { extractBatch, type LineBatch } from './extract-batch.js';

const port = parentPort;
if (!port) throw new Error('extract-worker.js runs only as a worker thread');
const extractor = await createExtractor((workerData as { compiled: Uint8Array }).compiled);
port.on('message', (batch: LineBatch) => port.postMessage(extractBatch(extractor, batch)));
port.postMessage('ready');
