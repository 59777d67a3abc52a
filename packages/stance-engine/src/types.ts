// Public shapes of the extraction API.

export interface ArticleInput {
  id: string;
  text: string;
  title?: string;
  /** BCP-47 tag; when missing, Arabic vs English is detected from the script. */
  lang?: string;
  /** ISO date or date-time; role titles are resolved on this date. */
  published_at?: string | null;
}

export interface Statement {
  actor: string;
  topic: string;
  stance: 'support' | 'oppose' | 'neutral';
  confidence: number;
  /** Exactly text.slice(start, end). */
  evidence: string;
  /** UTF-16 offsets into the article text. */
  start: number;
  end: number;
}
