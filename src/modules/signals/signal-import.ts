import { createReadStream, createWriteStream, statSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { CsvError, parse } from 'csv-parse';
import { ImportSetupError, planColumns, rowToSignals, type ColumnPlan, type ImportField, type RowOutcome } from './csv-mapping.js';
import type { SignalsService } from './signals.service.js';
import { MAX_SIGNALS_PER_REQUEST, type SignalItem, type SignalSource } from './signals.schema.js';

/**
 * `intentbase signals import` (SPEC §4.2): streams a provider export through csv-parse, maps each
 * row to signals (csv-mapping.ts) and writes them through SignalsService — the path
 * POST /api/v1/signals takes — in batches of 1000. Memory stays flat whatever the file's size: the
 * read stream pauses while a batch is written, and only the current batch is held.
 */

export interface ImportProgress {
  /** Data rows read so far (the header excluded). */
  rows: number;
  bytesRead: number;
  totalBytes: number;
  created: number;
  skipped: number;
  failedRows: number;
}

export interface ImportTotals extends ImportProgress {
  /** Rows that became no signal and no error (a LinkedIn row of zeros, a row of empty cells). */
  emptyRows: number;
  /** Where row errors went, when there were any (or when the path was asked for explicitly). */
  errorsPath?: string;
}

export interface ImportOptions {
  signals: Pick<SignalsService, 'createSignals'>;
  workspaceId: string;
  source: SignalSource;
  file: string;
  mappings?: ReadonlyArray<[string, ImportField]>;
  /** The per-row error CSV. */
  errorsPath: string;
  /** Create the error file even when no row fails (the user named it). */
  alwaysWriteErrors?: boolean;
  delimiter?: string;
  /** Signals per write (1–1000). */
  batchSize?: number;
  onProgress?: (progress: ImportProgress) => void;
}

/** A problem that stopped the import part-way; `totals` says what was written before it. */
export class SignalImportError extends Error {
  constructor(
    message: string,
    readonly totals: ImportTotals,
  ) {
    super(message);
    this.name = 'SignalImportError';
  }
}

/** Longest record accepted: an unclosed quote must not buffer the rest of a huge file. */
const MAX_RECORD_BYTES = 1024 * 1024;
/** Rows held before a write even if they produced few signals (rows that all fail, say). */
const MAX_PENDING_ROWS = 5000;

interface PendingRow {
  line: number;
  raw: string;
  first: number;
  count: number;
  error?: string;
}

/** RFC 4180 quoting for the error file. */
function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

class ErrorFile {
  private stream?: WriteStream;
  written = 0;

  constructor(readonly path: string) {}

  async open(): Promise<void> {
    if (this.stream) return;
    this.stream = createWriteStream(this.path);
    const failed = once(this.stream, 'error').then(([error]: unknown[]) => {
      throw error;
    });
    await Promise.race([once(this.stream, 'open'), failed]).catch((error: unknown) => {
      throw new ImportSetupError(`cannot write the error file ${this.path}: ${error instanceof Error ? error.message : String(error)}`);
    });
    await this.write('row,raw,error\n');
  }

  async add(line: number, raw: string, error: string): Promise<void> {
    await this.open();
    this.written += 1;
    await this.write(`${csvCell(line)},${csvCell(raw)},${csvCell(error)}\n`);
  }

  private async write(text: string): Promise<void> {
    if (!this.stream!.write(text)) await once(this.stream!, 'drain');
  }

  async close(): Promise<void> {
    if (!this.stream) return;
    this.stream.end();
    await once(this.stream, 'finish');
  }

  get opened(): boolean {
    return this.stream !== undefined;
  }
}

function fileSize(file: string): number {
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new ImportSetupError(`${file} is not a file`);
    return stat.size;
  } catch (error) {
    if (error instanceof ImportSetupError) throw error;
    throw new ImportSetupError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
}

/**
 * csv-parse's raw text of a record without its terminator. The raw text ends with the first
 * character of the record delimiter (`\n`, or the `\r` of `\r\n`), except on the last line.
 */
function recordText(raw: string | undefined): string {
  const text = raw ?? '';
  const last = text.charCodeAt(text.length - 1);
  return last === 10 || last === 13 ? text.slice(0, -1) : text;
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n += 1;
  return n;
}

export async function importSignalsCsv(options: ImportOptions): Promise<ImportTotals> {
  const batchSize = Math.min(options.batchSize ?? MAX_SIGNALS_PER_REQUEST, MAX_SIGNALS_PER_REQUEST);
  const totalBytes = fileSize(options.file);
  const input = createReadStream(options.file);
  const parser = parse({
    bom: true,
    delimiter: options.delimiter ?? ',',
    relax_column_count: true,
    relax_quotes: true,
    // Blank lines come through as records so that line numbers can be counted from the raw text
    // (csv-parse's per-record `info` snapshot cost a third of the parsing time).
    skip_empty_lines: false,
    raw: true,
    max_record_size: MAX_RECORD_BYTES,
  });
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);

  const errors = new ErrorFile(options.errorsPath);
  if (options.alwaysWriteErrors) await errors.open();
  const totals: ImportTotals = { rows: 0, bytesRead: 0, totalBytes, created: 0, skipped: 0, failedRows: 0, emptyRows: 0 };
  let plan: ColumnPlan | undefined;
  /** Line of the file where the next record starts (1-based). */
  let nextLine = 1;
  let signals: SignalItem[] = [];
  let rows: PendingRow[] = [];

  const flush = async () => {
    const results = signals.length === 0 ? [] : (await options.signals.createSignals(options.workspaceId, { signals })).results;
    for (const row of rows) {
      let error = row.error;
      if (error === undefined) {
        const messages = new Set<string>();
        for (let i = row.first; i < row.first + row.count; i += 1) {
          const result = results[i];
          if (result.status === 'created') totals.created += 1;
          else if (result.status === 'skipped') totals.skipped += 1;
          else messages.add(result.error ?? 'failed');
        }
        if (messages.size > 0) error = [...messages].join('; ');
        else if (row.count === 0) totals.emptyRows += 1;
      }
      if (error !== undefined) {
        totals.failedRows += 1;
        await errors.add(row.line, row.raw, error);
      }
    }
    signals = [];
    rows = [];
    totals.bytesRead = input.bytesRead;
    options.onProgress?.({ ...totals });
  };

  try {
    for await (const { record, raw } of parser as AsyncIterable<{ record: string[]; raw: string }>) {
      const text = recordText(raw);
      const line = nextLine;
      nextLine += 1 + countNewlines(text);
      if (text.trim() === '') continue;
      if (!plan) {
        plan = planColumns(options.source, record, options.mappings ?? []);
        continue;
      }
      totals.rows += 1;
      const outcome: RowOutcome = text.includes('\u0000')
        ? // PostgreSQL cannot store NUL in text; the API refuses it too (http/validation.ts).
          { error: 'the row contains a NUL character' }
        : record.every((cell) => cell.trim() === '')
          ? { signals: [] }
          : rowToSignals(plan, record);
      const produced = 'signals' in outcome ? outcome.signals : [];
      if (signals.length + produced.length > batchSize || rows.length >= MAX_PENDING_ROWS) await flush();
      rows.push({ line, raw: text, first: signals.length, count: produced.length, ...('error' in outcome ? { error: outcome.error } : {}) });
      for (const signal of produced) signals.push(signal);
    }
    await flush();
  } catch (error) {
    // The rows before a broken record are sound: write them, then stop.
    if (error instanceof CsvError) await flush().catch(() => undefined);
    await errors.close().catch(() => undefined);
    if (error instanceof ImportSetupError) throw error;
    const message = error instanceof CsvError ? `${options.file}: ${error.message}` : (error as Error).message;
    throw new SignalImportError(message, withPath(totals, errors));
  } finally {
    input.destroy();
  }
  await errors.close();
  if (!plan) throw new ImportSetupError(`${options.file} is empty: expected a header row`);
  totals.bytesRead = Math.max(totals.bytesRead, input.bytesRead);
  return withPath(totals, errors);
}

function withPath(totals: ImportTotals, errors: ErrorFile): ImportTotals {
  return errors.opened ? { ...totals, errorsPath: errors.path } : { ...totals };
}
