import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as engineBindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';
import { EngineAdapterFactory } from './engine-adapter.js';

type EngineBindings = typeof engineBindings;

// The project's libs (ES2023, no DOM) and @types/node 20 do not declare the WebAssembly global.
declare const WebAssembly: {
  instantiate(
    bytes: Uint8Array,
    imports: object,
  ): Promise<{ instance: { exports: Record<string, unknown> } }>;
};

let bindingsReady: Promise<EngineBindings> | undefined;

/**
 * The package's own entry imports the .wasm file as an ES module, which Node 20 only allows
 * behind --experimental-wasm-modules; instantiating it here works with plain `node` and jest.
 * Instantiated once per process, on first use.
 */
function loadEngineBindings(): Promise<EngineBindings> {
  bindingsReady ??= instantiateEngine().catch((error: unknown) => {
    bindingsReady = undefined;
    throw error;
  });
  return bindingsReady;
}

/** Where the engine's Rust panic hook writes the panic message before the wasm traps. */
interface PanicRegistry {
  message: string | undefined;
  set_message(message: string): void;
}

function panicRegistry(): PanicRegistry {
  const holder = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };
  holder.PRISMA_WASM_PANIC_REGISTRY ??= {
    message: undefined,
    set_message(message: string) {
      this.message = message;
    },
  };
  return holder.PRISMA_WASM_PANIC_REGISTRY;
}

async function instantiateEngine(): Promise<EngineBindings> {
  panicRegistry();
  const require = createRequire(import.meta.url);
  const entry = require.resolve('@prisma/schema-engine-wasm');
  const bytes = await readFile(path.join(path.dirname(entry), 'schema_engine_bg.wasm'));
  const imports: Record<string, unknown> = { ...engineBindings };
  for (const name of Object.keys(imports)) {
    if (name.startsWith('__wbg_setTimeout_')) imports[name] = setEngineTimeout;
  }
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': imports });
  engineBindings.__wbg_set_wasm(instance.exports);
  (instance.exports['__wbindgen_start'] as () => void)();
  return engineBindings;
}

/**
 * The engine arms timers (10 s operation timeouts) that it never clears; left alone they keep a
 * finished CLI or test run alive for 10 s. They are tracked and cleared once no engine is open.
 */
const pendingEngineTimers = new Set<NodeJS.Timeout>();
let openEngineSessions = 0;

function setEngineTimeout(callback: () => void, milliseconds: number): NodeJS.Timeout {
  const timer = setTimeout(() => {
    pendingEngineTimers.delete(timer);
    callback();
  }, milliseconds >>> 0);
  pendingEngineTimers.add(timer);
  return timer;
}

function clearIdleEngineTimers(): void {
  if (openEngineSessions > 0) return;
  for (const timer of pendingEngineTimers) clearTimeout(timer);
  pendingEngineTimers.clear();
}

export interface SchemaEngineSession {
  engine: SchemaEngine;
  /** Log lines the engine emitted so far (JSON strings), for error reports. */
  logs: readonly string[];
}

/**
 * Opens the WebAssembly schema engine on `databaseUrl` (the server also hosts the temporary
 * shadow databases a diff from migrations needs), runs `work`, and frees the engine.
 */
export async function withSchemaEngine<T>(
  databaseUrl: string,
  schemaFiles: Array<[path: string, content: string]>,
  work: (session: SchemaEngineSession) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = await loadEngineBindings();
  const adapterFactory = new EngineAdapterFactory(databaseUrl);
  const logs: string[] = [];
  openEngineSessions += 1;
  try {
    const engine = await SchemaEngine.new(
      { datamodels: schemaFiles },
      (line: string) => logs.push(line),
      bindMigrationAwareSqlAdapterFactory(adapterFactory),
    );
    try {
      return await work({ engine, logs });
    } finally {
      engine.free();
    }
  } catch (error) {
    throw withPanicMessage(error);
  } finally {
    openEngineSessions -= 1;
    clearIdleEngineTimers();
    await adapterFactory.close();
  }
}

/**
 * A Rust panic surfaces as a bare `RuntimeError: unreachable`; the panic text is in the registry.
 * The instance is unusable after a panic, so the next session instantiates a fresh one.
 */
function withPanicMessage(error: unknown): unknown {
  const registry = panicRegistry();
  const message = registry.message;
  if (message === undefined) return error;
  registry.message = undefined;
  bindingsReady = undefined;
  return new Error(`schema engine panicked: ${message}`, { cause: error });
}

/** The readable message inside an error the engine threw (it may be a JSON-encoded string). */
export function describeEngineError(error: unknown): string {
  // Engine messages end with a Rust span trace ("   0: schema_engine_wasm::…"): not for users.
  const raw = (error instanceof Error ? error.message : String(error)).split(/\n\s+0: /)[0]!.trim();
  try {
    const parsed = JSON.parse(raw) as { message?: unknown; error?: unknown };
    if (typeof parsed.message === 'string') return parsed.message;
    if (typeof parsed.error === 'string') return parsed.error;
  } catch {
    // not JSON: the raw text is the message
  }
  return raw;
}
