// The PDF reader's own process (see readPagesApart): it reads one PDF sent to it and answers with its pages.
import { readPages } from './pdf-pages.js';

process.once('message', (bytes: Uint8Array) => {
  readPages(bytes).then(
    (pages) => process.send!({ pages }),
    (error: Error) => process.send!({ error: error.message }),
  );
});
