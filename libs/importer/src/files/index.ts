export { extractDocument, formatOf, plainText, MAX_FILE_BYTES, type DocumentFormat } from './extract-text.js';
