// The command line's I/O floor: csv-parse piped to csv-stringify on the same file, no rating.
import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify';

const [input, output] = process.argv.slice(2);
await pipeline(createReadStream(input), parse({ bom: true, relax_column_count: true }), stringify(), createWriteStream(output));
