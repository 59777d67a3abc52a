// Worker-thread entry of `stance extract --jobs N`: compiles the codebook it is given once,
// then answers each LineBatch message with its BatchResult, in the order received.
import { parentPort, workerData } from 'node:worker_threads';
import type { Codebook } from '@stance/codebook';
import { createExtractor } from './engine.js';
import { extractBatch, type LineBatch } from './extract-batch.js';

const port = parentPort;
if (!port) throw new Error('extract-worker.js runs only as a worker thread');
const extractor = await createExtractor((workerData as { codebook: Codebook }).codebook);
port.on('message', (batch: LineBatch) => port.postMessage(extractBatch(extractor, batch)));
port.postMessage('ready');
