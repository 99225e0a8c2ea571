// A worker thread of the extraction pool: the pipeline on each page it is sent.
import { extractPage } from '../pipeline.ts';
import { serveExtraction } from './protocol.ts';

serveExtraction(extractPage);
