import { InvalidArgumentError, Option, type Command } from 'commander';
import type { ImportField } from '../../modules/signals/csv-mapping.js';
import type { ImportProgress, ImportTotals } from '../../modules/signals/signal-import.js';
import { SIGNAL_SOURCES, type SignalSource } from '../../modules/signals/signal-sources.js';
import { CliError, withServices, type CliIo } from '../context.js';
import { resolveWorkspace } from './seed.js';

interface ImportCommandOptions {
  source: SignalSource;
  workspace?: string;
  map: string[];
  errors?: string;
  delimiter: string;
}

const collect = (value: string, previous: string[]) => [...previous, value];

function parseDelimiter(value: string): string {
  const delimiter = value === '\\t' || value.toLowerCase() === 'tab' ? '\t' : value;
  if (delimiter.length !== 1 || /["\r\n]/.test(delimiter)) throw new InvalidArgumentError('expected one character (or "tab")');
  return delimiter;
}

const HELP = `
Default columns (case-insensitive; replace one with --map "<column>=<field>"):
  bombora   Domain, Topic Name, Composite Score, Date      → one surge per row (topic, score)
  g2        Company Domain, Activity Type, Timestamp       → "Comparison View", "comparison_view", … → comparison_view
  linkedin  Company Domain, Date, Impressions, Clicks, Engagements
                                                          → up to three signals per row (impression, click,
                                                            engagement) with count = the number; zeros are skipped
  website   Domain, URL, Timestamp                         → page_view, or high_intent_page_view when the URL path
                                                            names a pricing, demo or contact page
Fields: domain, occurredAt, type, count, externalSignalId, url, topic, score, impressions, clicks, engagements.
Dates are ISO 8601; a bare date or a date-time without an offset is read as UTC.

Each row gets a deterministic externalSignalId (a hash of the source and the row's cells by column
name) unless a column is mapped to externalSignalId, so importing the same file again skips every row
already stored ("Duplicate signal") and a rerun after a failure picks up where it stopped.

Rows that cannot be imported are written to the error file (default <file>.errors.csv, created only
when a row fails) with their line number, raw text and the reason. The exit code is 0 when the file
was processed, even with row errors, and 1 when the import could not run or stopped part-way.

Examples:
  intentbase signals import --source bombora bombora-surge.csv
  intentbase signals import --source website visits.csv --map "Company Website=domain" --map "Visited At=occurredAt"
`;

export function registerSignals(program: Command, io: CliIo): void {
  const signals = program.command('signals').description('intent signals (docs/signals.md)');

  signals
    .command('import')
    .description('load a provider CSV export of intent signals (streaming, any size)')
    .argument('<file>', 'the CSV file, with a header row')
    .addOption(new Option('--source <source>', 'the provider that produced the file').choices(SIGNAL_SOURCES).makeOptionMandatory())
    .option('--workspace <id>', 'target workspace (default: the first one, e.g. the one `serve` created)')
    .option('--map <column=field>', 'read a field from another column (repeatable)', collect, [])
    .option('--errors <path>', 'where to write rows that fail (default: <file>.errors.csv)')
    .option('--delimiter <char>', 'field delimiter', parseDelimiter, ',')
    .addHelpText('after', HELP)
    .action(async (file: string, options: ImportCommandOptions) => {
      const { ImportSetupError, parseMapping } = await import('../../modules/signals/csv-mapping.js');
      const { importSignalsCsv, SignalImportError } = await import('../../modules/signals/signal-import.js');
      let mappings: Array<[string, ImportField]>;
      try {
        mappings = options.map.map(parseMapping);
      } catch (error) {
        throw new CliError((error as Error).message);
      }
      await withServices(io, async (services) => {
        const workspaceId = await resolveWorkspace(services, options.workspace);
        const progress = io.stderrIsTTY ? new ProgressBar(io) : undefined;
        const started = Date.now();
        try {
          const totals = await importSignalsCsv({
            signals: services.signals,
            workspaceId,
            source: options.source,
            file,
            mappings,
            errorsPath: options.errors ?? `${file}.errors.csv`,
            alwaysWriteErrors: options.errors !== undefined,
            delimiter: options.delimiter,
            onProgress: progress ? (p) => progress.update(p) : undefined,
          });
          progress?.clear();
          io.stderr(summary(`Imported ${file} (${options.source}) into workspace ${workspaceId}`, totals, started));
        } catch (error) {
          progress?.clear();
          if (error instanceof ImportSetupError) throw new CliError(error.message);
          if (error instanceof SignalImportError) {
            io.stderr(summary(`Stopped importing ${file} (${options.source}) into workspace ${workspaceId}`, error.totals, started));
            throw new CliError(error.message);
          }
          throw error;
        }
      });
    });
}

function summary(title: string, totals: ImportTotals, started: number): string {
  const seconds = Math.max((Date.now() - started) / 1000, 0.001);
  const lines = [
    `${title} in ${seconds.toFixed(1)} s: ${totals.rows} rows (${Math.round(totals.rows / seconds)} rows/s, ${formatBytes(totals.bytesRead / seconds)}/s).`,
    `  signals: ${totals.created} created, ${totals.skipped} skipped as duplicates`,
    `  rows: ${totals.failedRows} failed, ${totals.emptyRows} without signals`,
    totals.errorsPath ? `  row errors: ${totals.errorsPath}` : '  no row errors',
  ];
  return `${lines.join('\n')}\n`;
}

function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit]}`;
}

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** One redrawn line on a terminal's stderr: bar, bytes of total, rows, rows/s, ETA. At most 10 redraws a second. */
class ProgressBar {
  private readonly started = Date.now();
  private lastDraw = 0;
  private drawn = false;

  constructor(private readonly io: CliIo) {}

  update(p: ImportProgress): void {
    const now = Date.now();
    if (now - this.lastDraw < 100 && p.bytesRead < p.totalBytes) return;
    this.lastDraw = now;
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const fraction = p.totalBytes > 0 ? Math.min(p.bytesRead / p.totalBytes, 1) : 1;
    const rate = p.rows / seconds;
    const eta = fraction > 0 ? (seconds / fraction) * (1 - fraction) : Number.POSITIVE_INFINITY;
    const text =
      ` ${String(Math.floor(fraction * 100)).padStart(3)}%  ${formatBytes(p.bytesRead)} / ${formatBytes(p.totalBytes)}` +
      `  ${p.rows} rows  ${Math.round(rate)} rows/s  ${p.failedRows} failed  ETA ${formatDuration(eta)}`;
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- typed number, but undefined when stderr is not a terminal
    const width = Math.max((process.stderr.columns ?? 80) - 1, 20);
    const barWidth = Math.max(Math.min(30, width - text.length - 2), 0);
    const filled = Math.round(fraction * barWidth);
    const bar = barWidth > 0 ? `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]` : '';
    this.io.stderr(`\r${(bar + text).slice(0, width)}\x1b[K`);
    this.drawn = true;
  }

  clear(): void {
    if (this.drawn) this.io.stderr('\r\x1b[K');
    this.drawn = false;
  }
}
