/** `ripen/providers/text`: raw JSON text without an envelope (SSE `data` or a plain body); pass it as `provider: plainText`. */
export { textDialect as plainText } from '../text.js';
