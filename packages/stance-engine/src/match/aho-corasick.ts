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
  scan(text: string, onMatch: (pattern: number, start: number, end: number) => void): void;
}

interface BuildNode {
  next: Map<number, number>;
}

export function buildAutomaton(patterns: readonly string[]): Automaton {
  // 1. Trie with Maps (build time only).
  const nodes: BuildNode[] = [{ next: new Map() }];
  const terminal: number[][] = [[]];
  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) return;
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      let target = nodes[state]!.next.get(code);
      if (target === undefined) {
        target = nodes.length;
        nodes.push({ next: new Map() });
        terminal.push([]);
        nodes[state]!.next.set(code, target);
      }
      state = target;
    }
    terminal[state]!.push(index);
  });
  const stateCount = nodes.length;

  // 2. Flatten edges into CSR arrays, sorted by code unit for a short scan.
  const edgeStart = new Int32Array(stateCount + 1);
  let edgeTotal = 0;
  for (let s = 0; s < stateCount; s++) {
    edgeStart[s] = edgeTotal;
    edgeTotal += nodes[s]!.next.size;
  }
  edgeStart[stateCount] = edgeTotal;
  const edgeCode = new Uint16Array(edgeTotal);
  const edgeTarget = new Int32Array(edgeTotal);
  for (let s = 0; s < stateCount; s++) {
    const entries = [...nodes[s]!.next.entries()].sort((a, b) => a[0] - b[0]);
    let k = edgeStart[s]!;
    for (const [code, target] of entries) {
      edgeCode[k] = code;
      edgeTarget[k] = target;
      k++;
    }
  }
  const rootNext = new Int32Array(0x10000);
  for (const [code, target] of nodes[0]!.next) rootNext[code] = target;

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
  const order: number[] = [];
  for (const target of nodes[0]!.next.values()) {
    fail[target] = 0;
    order.push(target);
  }
  for (let q = 0; q < order.length; q++) {
    const s = order[q]!;
    for (const [code, target] of nodes[s]!.next) {
      let f = fail[s]!;
      let next = step(f, code);
      // The root never fails (rootNext gives 0), so this ends.
      while (next < 0) {
        f = fail[f]!;
        next = step(f, code);
      }
      fail[target] = next;
      order.push(target);
    }
  }
  const outputs: number[][] = terminal.map((t) => t.slice());
  for (const s of order) {
    const inherited = outputs[fail[s]!]!;
    if (inherited.length > 0) outputs[s]!.push(...inherited);
  }
  const outStart = new Int32Array(stateCount + 1);
  let outTotal = 0;
  for (let s = 0; s < stateCount; s++) {
    outStart[s] = outTotal;
    outTotal += outputs[s]!.length;
  }
  outStart[stateCount] = outTotal;
  const outPattern = new Int32Array(outTotal);
  for (let s = 0; s < stateCount; s++) outPattern.set(outputs[s]!, outStart[s]!);
  const patternLength = Int32Array.from(patterns, (p) => p.length);

  return {
    patternCount: patterns.length,
    stateCount,
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
