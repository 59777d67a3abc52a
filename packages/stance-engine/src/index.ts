export { EXTRACTOR_VERSION } from './version.js';
export type { ArticleInput, Statement } from './types.js';
export { compileCodebook, CodebookCompileError, type CompiledCodebook } from './compile.js';
export { toCompiledData, fromCompiledData, type CompiledCodebookData } from './compiled-data.js';
export { extractStatements, ArticleInputError } from './extract/extract.js';
export { normalizeText, foldString, type NormalizedText } from './text/normalize.js';
export { detectLanguage, type Language } from './text/language.js';
export { listCountries, type Country } from './lexicon/countries.js';
