// A compiled codebook as plain data, so a caller can store it or hand it to another thread
// (structured clone: v8.serialize, postMessage) and use it again without compiling.
import type { CompiledCodebook } from './compile.js';
import { automatonFromTables, type AutomatonTables } from './match/aho-corasick.js';

/** CompiledCodebook with its automaton as tables: typed arrays, Maps, Sets and plain objects only. */
export type CompiledCodebookData = Omit<CompiledCodebook, 'automaton'> & {
  readonly automaton: AutomatonTables;
};

export function toCompiledData(compiled: CompiledCodebook): CompiledCodebookData {
  return { ...compiled, automaton: compiled.automaton.tables };
}

/** The compiled codebook again, from data toCompiledData gave (or a structured clone of it). */
export function fromCompiledData(data: CompiledCodebookData): CompiledCodebook {
  return { ...data, automaton: automatonFromTables(data.automaton) };
}
