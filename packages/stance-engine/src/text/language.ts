// Picks Arabic or English from the script of the letters, for articles without a `lang`.

export type Language = 'ar' | 'en';

export function detectLanguage(text: string): Language {
  let arabic = 0;
  let latin = 0;
  const limit = Math.min(text.length, 4000);
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) arabic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  return arabic >= latin ? 'ar' : 'en';
}

/** Uses the article's tag when it names a language we handle, else the script. */
export function resolveLanguage(tag: string | undefined, text: string): Language {
  const base = tag?.toLowerCase().split('-')[0];
  if (base === 'ar' || base === 'en') return base;
  return detectLanguage(text);
}
