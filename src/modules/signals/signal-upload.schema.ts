import { Type } from 'typebox';
import { Nullable, StringEnum } from '../../http/schema-helpers.js';
import { SIGNAL_SOURCES } from './signal-sources.js';

/** Largest CSV the upload route takes (10 MiB, about 100,000 rows); larger exports go through the CLI. */
export const SIGNAL_UPLOAD_LIMIT_BYTES = 10 * 1024 * 1024;

export const SignalUploadQuery = Type.Object({
  source: StringEnum(SIGNAL_SOURCES, { description: 'The provider that produced the file (docs/signals.md)' }),
});

export const SignalUploadBody = Type.String({
  description: `The provider's CSV export, header row first, as \`text/csv\` (UTF-8; at most ${SIGNAL_UPLOAD_LIMIT_BYTES} bytes)`,
});

export const SignalUploadResult = Type.Object(
  {
    source: StringEnum(SIGNAL_SOURCES),
    rows: Type.Integer({ minimum: 0, description: 'Data rows read (the header excluded)' }),
    created: Type.Integer({ minimum: 0, description: 'Signals imported' }),
    skipped: Type.Integer({ minimum: 0, description: 'Signals skipped as duplicates (a row imported before)' }),
    failedRows: Type.Integer({ minimum: 0, description: 'Rows that could not be imported; each is in `errors`' }),
    emptyRows: Type.Integer({ minimum: 0, description: 'Rows that held no signal (a LinkedIn row of zeros, a row of empty cells)' }),
    errors: Type.Array(
      Type.Object({
        row: Type.Integer({ minimum: 1, description: 'Line of the file (the header is line 1)' }),
        raw: Type.String({ description: 'The row as it was in the file' }),
        message: Type.String(),
      }),
      { description: 'The rows that could not be imported, in file order' },
    ),
    stopped: Nullable(Type.String({ description: 'Why the import stopped part-way (a broken record); null when the whole file was read' })),
  },
  { title: 'SignalUpload' },
);
