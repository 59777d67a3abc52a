// Aho–Corasick automaton over UTF-16 code units, stored in typed arrays. Built once per
// codebook; a scan is linear in the text length plus the number of matches, whatever the
// number of patterns.

export interface AutomatonMatch {
  /** Pattern index as given to buildAutomaton. */
  pattern: number;
  /** Start offset (inclusive). */
  start: number;
  /** End offset (exclusive). */
  end: number;
}

export interface Automaton {
  readonly patternCount: number;
  readonly stateCount: number;
  /** The tables the scan runs on (plain typed arrays, so a compiled codebook can be stored). */
  readonly tables: AutomatonTables;
  scan(text: string, onMatch: (pattern: number, start: number, end: number) => void): void;
}

/** An automaton's transitions, failure links and outputs, as built by buildAutomaton. */
export interface AutomatonTables {
  /** Next state from the root for each code unit (0: none). */
  readonly rootNext: Int32Array;
  /** Edges of state s: edgeStart[s] to edgeStart[s + 1] in edgeCode/edgeTarget, by code unit. */
  readonly edgeStart: Int32Array;
  readonly edgeCode: Uint16Array;
  readonly edgeTarget: Int32Array;
  readonly fail: Int32Array;
  /** Patterns ending at state s: outStart[s] to outStart[s + 1] in outPattern. */
  readonly outStart: Int32Array;
  readonly outPattern: Int32Array;
  readonly patternLength: Int32Array;
}

export function buildAutomaton(patterns: readonly string[]): Automaton {
  return automatonFromTables(buildAutomatonTables(patterns));
}

function buildAutomatonTables(patterns: readonly string[]): AutomatonTables {
  // 1. Trie as child lists in flat arrays (build time only). A Map per state made building
  // and then collecting the trie of a codebook (35,000 states for the default one) the
  // largest cost of the codebook compile at CLI start-up. Children keep their order of
  // insertion and states their order of creation, so the tables are the ones a Map trie gave.
  const rootChild = new Int32Array(0x10000);
  const firstChild: number[] = [-1];
  const lastChild: number[] = [-1];
  const nextSibling: number[] = [-1];
  const stateCode: number[] = [0];
  // Each state's patterns, in pattern order, as a list threaded through termNext.
  const termHead: number[] = [-1];
  const termTail: number[] = [-1];
  const termNext = new Int32Array(patterns.length).fill(-1);
  for (let index = 0; index < patterns.length; index++) {
    const pattern = patterns[index]!;
    if (pattern.length === 0) continue;
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      let target = -1;
      if (state === 0) {
        // State 0 is nobody's child, so 0 in rootChild means no edge.
        if (rootChild[code] !== 0) target = rootChild[code]!;
      } else {
        for (let k = firstChild[state]!; k >= 0; k = nextSibling[k]!) {
          if (stateCode[k] === code) {
            target = k;
            break;
          }
        }
      }
      if (target < 0) {
        target = stateCode.length;
        stateCode.push(code);
        firstChild.push(-1);
        lastChild.push(-1);
        nextSibling.push(-1);
        termHead.push(-1);
        termTail.push(-1);
        if (state === 0) rootChild[code] = target;
        const last = lastChild[state]!;
        if (last < 0) firstChild[state] = target;
        else nextSibling[last] = target;
        lastChild[state] = target;
      }
      state = target;
    }
    const tail = termTail[state]!;
    if (tail < 0) termHead[state] = index;
    else termNext[tail] = index;
    termTail[state] = index;
  }
  const stateCount = stateCode.length;

  // 2. Flatten edges into CSR arrays, sorted by code unit for a short scan (every state but
  // the root is the target of one edge).
  const edgeStart = new Int32Array(stateCount + 1);
  const edgeCode = new Uint16Array(stateCount - 1);
  const edgeTarget = new Int32Array(stateCount - 1);
  let edgeTotal = 0;
  for (let s = 0; s < stateCount; s++) {
    const first = edgeTotal;
    edgeStart[s] = first;
    for (let child = firstChild[s]!; child >= 0; child = nextSibling[child]!) {
      // Insertion sort: a state has few children.
      const code = stateCode[child]!;
      let k = edgeTotal++;
      while (k > first && edgeCode[k - 1]! > code) {
        edgeCode[k] = edgeCode[k - 1]!;
        edgeTarget[k] = edgeTarget[k - 1]!;
        k--;
      }
      edgeCode[k] = code;
      edgeTarget[k] = child;
    }
  }
  edgeStart[stateCount] = edgeTotal;
  const rootNext = rootChild;

  const step = (state: number, code: number): number => {
    if (state === 0) return rootNext[code]!;
    const end = edgeStart[state + 1]!;
    for (let k = edgeStart[state]!; k < end; k++) {
      const c = edgeCode[k]!;
      if (c === code) return edgeTarget[k]!;
      if (c > code) break;
    }
    return -1;
  };

  // 3. Failure links by breadth-first order; outputs merged along the failure chain.
  const fail = new Int32Array(stateCount);
  const order = new Int32Array(stateCount - 1);
  let ordered = 0;
  for (let child = firstChild[0]!; child >= 0; child = nextSibling[child]!) order[ordered++] = child;
  for (let q = 0; q < ordered; q++) {
    const s = order[q]!;
    for (let target = firstChild[s]!; target >= 0; target = nextSibling[target]!) {
      const code = stateCode[target]!;
      let f = fail[s]!;
      let next = step(f, code);
      // The root never fails (rootNext gives 0), so this ends.
      while (next < 0) {
        f = fail[f]!;
        next = step(f, code);
      }
      fail[target] = next;
      order[ordered++] = target;
    }
  }
  // A state's outputs are its own patterns, then its failure state's (shallower, so earlier
  // in breadth-first order and already complete).
  const outCount = new Int32Array(stateCount);
  for (let q = 0; q < ordered; q++) {
    const s = order[q]!;
    let own = 0;
    for (let p = termHead[s]!; p >= 0; p = termNext[p]!) own++;
    outCount[s] = own + outCount[fail[s]!]!;
  }
  const outStart = new Int32Array(stateCount + 1);
  let outTotal = 0;
  for (let s = 0; s < stateCount; s++) {
    outStart[s] = outTotal;
    outTotal += outCount[s]!;
  }
  outStart[stateCount] = outTotal;
  const outPattern = new Int32Array(outTotal);
  for (let q = 0; q < ordered; q++) {
    const s = order[q]!;
    let k = outStart[s]!;
    for (let p = termHead[s]!; p >= 0; p = termNext[p]!) outPattern[k++] = p;
    const f = fail[s]!;
    outPattern.copyWithin(k, outStart[f]!, outStart[f + 1]!);
  }
  const patternLength = Int32Array.from(patterns, (p) => p.length);
  return { rootNext, edgeStart, edgeCode, edgeTarget, fail, outStart, outPattern, patternLength };
}

/** The automaton that scans with these tables (built here or stored from an earlier build). */
export function automatonFromTables(tables: AutomatonTables): Automaton {
  const { rootNext, edgeStart, edgeCode, edgeTarget, fail, outStart, outPattern, patternLength } = tables;
  return {
    patternCount: patternLength.length,
    stateCount: fail.length,
    tables,
    scan(text, onMatch) {
      // The transition is inlined here (the hot loop of the whole engine).
      let state = 0;
      const n = text.length;
      for (let i = 0; i < n; i++) {
        const code = text.charCodeAt(i);
        let next = -1;
        for (;;) {
          if (state === 0) {
            next = rootNext[code]!;
            break;
          }
          const end = edgeStart[state + 1]!;
          for (let k = edgeStart[state]!; k < end; k++) {
            const c = edgeCode[k]!;
            if (c === code) {
              next = edgeTarget[k]!;
              break;
            }
            if (c > code) break;
          }
          if (next >= 0) break;
          state = fail[state]!;
        }
        state = next;
        const oStart = outStart[state]!;
        const oEnd = outStart[state + 1]!;
        for (let k = oStart; k < oEnd; k++) {
          const p = outPattern[k]!;
          onMatch(p, i + 1 - patternLength[p]!, i + 1);
        }
      }
    },
  };
}
