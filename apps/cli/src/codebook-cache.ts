// A cache of compiled codebooks for `stance extract`: the YAML parse, validation and compile of
// the default codebook are about 0.4–0.7 s of every run's start-up, and their result only
// changes with the codebook file or the code that reads and compiles it.
//
// One file per codebook path under $XDG_CACHE_HOME/stance/codebooks (~/.cache when unset):
// a header holding the entry's key (SHA-256 of the codebook's bytes, the build of the codebook
// and engine packages, which holds EXTRACTOR_VERSION, of engine.js, and V8's version, which
// the serialization format depends on) and the SHA-256 of the payload, then the payload (the
// compiled codebook as compileToBytes gives it). An entry whose key or checksum does not
// match is ignored and rewritten; a cache that cannot be read or written only costs the compile.
// Each write removes entries and leftover temporary files not written for MAX_ENTRY_AGE_MS, so
// codebooks that were moved or deleted do not pile up; an entry still in use that ages out costs
// one compile.
import { createHash } from 'node:crypto';
import { readdir, readFile, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const FORMAT = 'stance-codebook-cache 1\n';
const HASH_HEX = 64;
const HEADER_BYTES = FORMAT.length + 2 * HASH_HEX;
export const MAX_ENTRY_AGE_MS = 30 * 24 * 60 * 60 * 1000;

/** The packages whose code turns codebook bytes into compiled tables. */
const BUILD_PACKAGES = ['@stance/codebook', '@stance/stance-engine'];

/** Where entries live: $XDG_CACHE_HOME/stance/codebooks, or ~/.cache/stance/codebooks. */
export function cacheDirectory(env: NodeJS.ProcessEnv = process.env): string {
  const base =
    env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : join(homedir(), '.cache');
  return join(base, 'stance', 'codebooks');
}

function sha256(...parts: Array<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}

/** A digest of the built JavaScript of one package (its dist directory, every file). */
async function packageBuildDigest(name: string): Promise<string> {
  const dist = dirname(fileURLToPath(import.meta.resolve(name)));
  const files = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.js')).sort();
  // Read all at once: one after another, the reads were most of a cache hit's time.
  const contents = await Promise.all(files.map((file) => readFile(join(dist, file))));
  const hash = createHash('sha256');
  files.forEach((file, i) => hash.update(file).update('\0').update(contents[i]!).update('\0'));
  return hash.digest('hex');
}

let buildDigest: Promise<string> | undefined;

/**
 * The build of the code that reads and compiles codebooks, of this CLI's engine.js (which
 * serializes them) and the V8 it runs on.
 */
function currentBuildDigest(): Promise<string> {
  buildDigest ??= Promise.all([
    ...BUILD_PACKAGES.map(packageBuildDigest),
    readFile(new URL('./engine.js', import.meta.url)),
  ]).then((parts) => sha256(process.versions.v8, ...parts));
  return buildDigest;
}

export interface CodebookCache {
  /** The stored compiled codebook for these codebook bytes, or undefined (missing, stale or damaged). */
  read(codebookPath: string, codebookBytes: Uint8Array): Promise<Uint8Array | undefined>;
  /** Stores a compiled codebook; failures are ignored (the next run compiles again). */
  write(codebookPath: string, codebookBytes: Uint8Array, compiled: Uint8Array): Promise<void>;
}

function entryPath(directory: string, codebookPath: string): string {
  return join(directory, `${sha256(resolve(codebookPath)).slice(0, 32)}.bin`);
}

async function entryKey(codebookBytes: Uint8Array): Promise<string> {
  return sha256(await currentBuildDigest(), '\0', codebookBytes);
}

/** Removes the directory's entries and temporary files last written before `cutoffMs`. */
async function pruneEntries(directory: string, cutoffMs: number): Promise<void> {
  const names = (await readdir(directory)).filter((name) => name.endsWith('.bin') || name.endsWith('.tmp'));
  await Promise.all(
    names.map(async (name) => {
      const path = join(directory, name);
      const info = await stat(path).catch(() => undefined);
      if (info && info.mtimeMs < cutoffMs) await rm(path, { force: true }).catch(() => undefined);
    }),
  );
}

export function openCodebookCache(directory: string): CodebookCache {
  return {
    async read(codebookPath, codebookBytes) {
      const [key, entry] = await Promise.all([
        entryKey(codebookBytes).catch(() => undefined),
        readFile(entryPath(directory, codebookPath)).catch(() => undefined),
      ]);
      if (!key || !entry || entry.length < HEADER_BYTES) return undefined;
      const header = entry.toString('latin1', 0, HEADER_BYTES);
      const payload = entry.subarray(HEADER_BYTES);
      if (header !== FORMAT + key + sha256(payload)) return undefined;
      return payload;
    },
    async write(codebookPath, codebookBytes, compiled) {
      const path = entryPath(directory, codebookPath);
      // Written beside the entry and renamed over it, so a reader sees a whole entry or none.
      const temp = `${path}.${process.pid}.tmp`;
      try {
        await mkdir(directory, { recursive: true });
        const header = FORMAT + (await entryKey(codebookBytes)) + sha256(compiled);
        await writeFile(temp, Buffer.concat([Buffer.from(header, 'latin1'), compiled]));
        await rename(temp, path);
      } catch {
        await rm(temp, { force: true }).catch(() => undefined);
      }
      await pruneEntries(directory, Date.now() - MAX_ENTRY_AGE_MS).catch(() => undefined);
    },
  };
}
