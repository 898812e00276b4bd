import { InvalidArgumentError, type Command } from 'commander';
import { parseIsoDateTime } from '../../lib/iso-date.js';
import type { AuditEventView } from '../../modules/audit/audit.service.js';
import { CliError, withServices, type CliIo } from '../context.js';

function isoDate(value: string): string {
  if (parseIsoDateTime(value) === undefined) throw new InvalidArgumentError('expected an ISO 8601 date-time with an offset, e.g. 2026-12-01T00:00:00Z');
  return value;
}

/** One line per event: when, who, from where, what, on what, the details as JSON. */
function line(event: AuditEventView): string {
  const parts = [event.occurredAt, event.actor, event.address ?? '-', event.action, event.target ?? '-'];
  return `${parts.join('\t')}${event.details === null ? '' : `\t${JSON.stringify(event.details)}`}\n`;
}

export function registerAudit(program: Command, io: CliIo): void {
  program
    .command('audit')
    .description('print the audit trail: who issued keys, switched API access, changed users, settings and segments, deleted records')
    .option('--workspace <id>', 'the workspace (needed when there are several)')
    .option('--since <date>', 'only what happened after this ISO 8601 date-time', isoDate)
    .option('--json', 'one JSON object per line instead of tab-separated columns')
    .action(async (options: { workspace?: string; since?: string; json?: boolean }) => {
      await withServices(io, async (services) => {
        const workspaces = await services.workspaces.listWorkspaces();
        const workspace = options.workspace ?? (workspaces.length === 1 ? workspaces[0].id : undefined);
        if (workspace === undefined) throw new CliError(`there are ${workspaces.length} workspaces: name one with --workspace <id>`);
        if (!workspaces.some((w) => w.id === workspace)) throw new CliError(`no workspace ${workspace}`);
        let cursor: string | undefined;
        do {
          const page = await services.audit.page(workspace, { limit: 1000, lastSync: options.since, cursor });
          for (const event of page.data) io.stdout(options.json ? `${JSON.stringify(event)}\n` : line(event));
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
      });
    });
}
