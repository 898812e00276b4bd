import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.js';
import { assertErrorReply } from '../../../test/support/route-contract.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { SIGNAL_UPLOAD_LIMIT_BYTES } from './signal-upload.schema.js';

const URL_OF = (source: string) => `/api/v1/signals/import?source=${source}`;

describeEachEngine('POST /signals/import (the console’s CSV upload)', (engine) => {
  const ctx = useTestApp(engine);

  const upload = (apiKey: string, source: string, body: string | Buffer, contentType = 'text/csv') =>
    ctx().inject({ method: 'POST', url: URL_OF(source), headers: { 'x-api-key': apiKey, 'content-type': contentType }, payload: body });

  test('imports the rows the CLI would, answers counts and each failed row; a second upload skips duplicates', async () => {
    const { apiKey } = await ctx().newTenant();
    const csv = [
      'Domain,Topic Name,Composite Score,Date',
      'acme.example.com,Data Platforms,82,2026-11-30',
      'acme.example.com,ABM,71,2026-11-30',
      'globex.example.com,ABM,not-a-score,2026-11-30',
    ].join('\n');
    const first = await upload(apiKey, 'bombora', csv);
    assert.equal(first.statusCode, 200, first.raw);
    const { errors, ...counts } = first.body.data;
    assert.deepEqual(counts, { source: 'bombora', rows: 3, created: 2, skipped: 0, failedRows: 1, emptyRows: 0, stopped: null });
    assert.equal(errors.length, 1);
    assert.equal(errors[0].row, 4);
    assert.equal(errors[0].raw, 'globex.example.com,ABM,not-a-score,2026-11-30');
    assert.match(errors[0].message, /score/i);
    const again = await upload(apiKey, 'bombora', csv);
    assert.deepEqual([again.body.data.created, again.body.data.skipped], [0, 2]);
  });

  test('a header without the provider’s columns, an empty file, JSON, a bad source and an oversized file are refused', async () => {
    const { apiKey } = await ctx().newTenant();
    const missing = await upload(apiKey, 'g2', 'Website,When\nacme.example.com,2026-11-30\n');
    assert.equal(missing.statusCode, 400, missing.raw);
    assert.ok(!missing.raw.includes('intentbase-upload-'), 'the scratch path stays on the server');
    const empty = await upload(apiKey, 'website', '');
    assert.equal(empty.statusCode, 400, empty.raw);
    assert.ok(!empty.raw.includes('/tmp'), empty.raw);
    assertErrorReply(await upload(apiKey, 'website', '{}', 'application/json'), '/api/v1/signals/import', 415, 'Content-Type must be text/csv');
    const badSource = await upload(apiKey, 'crm', 'Domain\n');
    assert.equal(badSource.statusCode, 400);
    assert.equal(badSource.body.data[0].property, 'source');
    const big = await upload(apiKey, 'website', Buffer.alloc(SIGNAL_UPLOAD_LIMIT_BYTES + 1, 'a'));
    assertErrorReply(big, '/api/v1/signals/import', 413, `Request body exceeds the limit of ${SIGNAL_UPLOAD_LIMIT_BYTES} bytes`);
  });
});
