import { Injectable } from '@nestjs/common';
import { compileCodebook, type CompiledCodebook } from '@stance/stance-engine';
import type { StoredCodebook } from './codebooks.repository.js';

/** Compiling builds the matching automata: do it once per codebook version, keep a few. */
@Injectable()
export class CompiledCodebooks {
  private readonly byId = new Map<string, CompiledCodebook>();
  private static readonly KEEP = 4;

  compiledFor(codebook: StoredCodebook): CompiledCodebook {
    let compiled = this.byId.get(codebook.id);
    if (!compiled) {
      compiled = compileCodebook(codebook.content);
      if (this.byId.size >= CompiledCodebooks.KEEP) this.byId.delete(this.byId.keys().next().value as string);
      this.byId.set(codebook.id, compiled);
    }
    return compiled;
  }
}
