import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { parse } from 'csv-parse/sync';
import { ApiError } from '../../http/errors.js';
import { apiResponses, Envelope } from '../../http/response-schemas.js';
import type { ServiceApi } from '../../lib/service-api.js';
import { ImportSetupError } from './csv-mapping.js';
import { importSignalsCsv, SignalImportError, type ImportTotals } from './signal-import.js';
import type { SignalsService } from './signals.service.js';
import type { SignalSource } from './signal-sources.js';
import { SIGNAL_UPLOAD_LIMIT_BYTES, SignalUploadBody, SignalUploadQuery, SignalUploadResult } from './signal-upload.schema.js';

export const CSV_CONTENT_TYPE_MESSAGE = 'Content-Type must be text/csv';
const UPLOAD_NAME = 'upload.csv';

/**
 * `POST /signals/import?source=…`: the console's signals import. The body is the provider's CSV
 * itself (`text/csv`), written to a scratch file and fed to the importer `intentbase signals import`
 * uses (signal-import.ts), so a file imports the same way from the console and the command line.
 * Registered in a context of its own: only this route parses `text/csv`, and its body limit is its own.
 */
export function registerSignalUploadRoute(app: FastifyInstance, signals: ServiceApi<SignalsService>): void {
  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('text/csv', (_request, payload, done) => {
      readBounded(payload, SIGNAL_UPLOAD_LIMIT_BYTES).then((text) => done(null, text), (error: unknown) => done(error instanceof Error ? error : new Error(String(error)), undefined));
    });
    // Anything else (JSON included) is the wrong kind of body for this route.
    scope.addContentTypeParser('*', (_request, _payload, done) => done(new ApiError('UNSUPPORTED_MEDIA_TYPE', CSV_CONTENT_TYPE_MESSAGE), undefined));
    registerRoute(scope, signals);
  });
}

/**
 * The body as text, refused with 413 past `limit` bytes. Read here rather than by Fastify's
 * `parseAs` so that the limit (and its message) is this route's, not the server's BODY_LIMIT.
 */
async function readBounded(payload: NodeJS.ReadableStream, limit: number): Promise<string> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of payload) {
    const part = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += part.length;
    if (size > limit) throw new ApiError('PAYLOAD_TOO_LARGE', `Request body exceeds the limit of ${limit} bytes`);
    parts.push(part);
  }
  return Buffer.concat(parts).toString('utf8');
}

function registerRoute(scope: FastifyInstance, signals: ServiceApi<SignalsService>): void {
  scope.withTypeProvider<TypeBoxTypeProvider>().post(
    '/signals/import',
    {
      // Written batch by batch: no one transaction holds the import (src/http/idempotency.ts).
      config: { answerRecordedAtEnd: true },
      schema: {
        operationId: 'importSignalsCsv',
        summary: 'Import a provider CSV of intent signals',
        description:
          'The web console’s signals import (docs/signals.md): the body is a Bombora, G2, LinkedIn or website export with its header row, ' +
          'read with the provider’s default columns exactly as `intentbase signals import --source <source>` reads it. Answers the rows ' +
          `read, signals imported and skipped as duplicates, and every row that failed with its line and reason. At most ${SIGNAL_UPLOAD_LIMIT_BYTES} ` +
          'bytes (10 MiB); import larger files with the CLI, which streams any size.',
        tags: ['Signals'],
        consumes: ['text/csv'],
        querystring: SignalUploadQuery,
        body: SignalUploadBody,
        response: apiResponses(Envelope(SignalUploadResult, { description: 'What was imported', path: '/api/v1/signals/import' }), {
          body: true,
          400: { description: 'A schema violation, an empty file, or a header without the provider’s columns', example: "the file has no 'Domain' column" },
          413: { description: `The CSV is over ${SIGNAL_UPLOAD_LIMIT_BYTES} bytes`, example: `Request body exceeds the limit of ${SIGNAL_UPLOAD_LIMIT_BYTES} bytes` },
          415: { description: 'The body is not `text/csv`', example: CSV_CONTENT_TYPE_MESSAGE },
        }),
      },
    },
    (request) => importUpload(signals, request.workspaceId, request.query.source, request.body),
  );
}

async function importUpload(signals: ServiceApi<SignalsService>, workspaceId: string, source: SignalSource, csv: string) {
  const dir = await mkdtemp(join(tmpdir(), 'intentbase-upload-'));
  const file = join(dir, UPLOAD_NAME);
  const errorsPath = join(dir, 'errors.csv');
  // The scratch path must not reach the client: messages name "the file" instead.
  const clean = (message: string) => message.replaceAll(file, 'the file');
  try {
    await writeFile(file, csv);
    let totals: ImportTotals;
    let stopped: string | null = null;
    try {
      totals = await importSignalsCsv({ signals, workspaceId, source, file, errorsPath });
    } catch (error) {
      if (error instanceof ImportSetupError) throw ApiError.badRequest(clean(error.message));
      if (!(error instanceof SignalImportError)) throw error;
      totals = error.totals;
      stopped = clean(error.message);
    }
    const errors = totals.errorsPath ? await errorRows(totals.errorsPath) : [];
    const { rows, created, skipped, failedRows, emptyRows } = totals;
    return { source, rows, created, skipped, failedRows, emptyRows, errors, stopped };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The importer's error file (`row,raw,error`) read back. */
async function errorRows(path: string): Promise<Array<{ row: number; raw: string; message: string }>> {
  // The importer writes three cells per row, quoted as needed.
  const records: string[][] = parse(await readFile(path, 'utf8'), { from_line: 2 });
  return records.map(([row, raw, message]) => ({ row: Number(row), raw, message }));
}
