import { Injectable } from '@nestjs/common';
import { DomainError } from '@stance/errors';
import { CodebooksRepository, type StoredCodebook } from './codebooks.repository.js';

/** The codebook new articles are extracted with, re-read every few seconds rather than per article. */
@Injectable()
export class ActiveCodebook {
  private cached: { codebook: StoredCodebook; until: number } | undefined;
  private static readonly TTL_MS = 3_000;

  constructor(private readonly codebooks: CodebooksRepository) {}

  async current(): Promise<StoredCodebook> {
    const now = Date.now();
    if (this.cached && this.cached.until > now) return this.cached.codebook;
    const codebook = await this.codebooks.findActiveCodebook();
    // Transient: the message is redelivered until an operator imports a codebook.
    if (!codebook)
      throw new DomainError('DEPENDENCY_UNAVAILABLE', 'no codebook imported yet (POST /codebooks)');
    this.cached = { codebook, until: now + ActiveCodebook.TTL_MS };
    return codebook;
  }

  /** A new import takes effect at once in this instance. */
  forget(): void {
    this.cached = undefined;
  }
}
