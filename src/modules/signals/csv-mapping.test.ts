import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  ImportSetupError,
  normalizeSignalType,
  parseImportDate,
  parseMapping,
  parseWholeNumber,
  planColumns,
  rowSignalId,
  rowToSignals,
  websiteTypeForUrl,
} from './csv-mapping.js';

describe('signal CSV mapping', () => {
  test('dates: ISO 8601 as the API takes it, plus bare dates and offset-less times read as UTC', () => {
    const cases: Array<[string, string | undefined]> = [
      ['2026-04-30T10:00:00Z', '2026-04-30T10:00:00.000Z'],
      ['2026-04-30T12:00:00+02:00', '2026-04-30T10:00:00.000Z'],
      ['2026-04-30T10:00:00.123456Z', '2026-04-30T10:00:00.123Z'],
      ['2026-04-30', '2026-04-30T00:00:00.000Z'],
      ['2026-04-30 08:30', '2026-04-30T08:30:00.000Z'],
      ['2026-04-30T08:30:15.5', '2026-04-30T08:30:15.500Z'],
      ['2026-02-30', undefined],
      ['04/30/2026', undefined],
      ['2026-04-30T25:00:00Z', undefined],
      ['yesterday', undefined],
    ];
    for (const [input, expected] of cases) assert.equal(parseImportDate(input), expected, input);
  });

  test('whole numbers as exports write them', () => {
    const cases: Array<[string, number | undefined]> = [
      ['', undefined],
      ['0', 0],
      ['42', 42],
      ['1,234', 1234],
      ['1,234,567.00', 1234567],
      ['12.0', 12],
      ['-3', -3],
      ['1.5', Number.NaN],
      ['12,34', Number.NaN],
      ['lots', Number.NaN],
    ];
    for (const [input, expected] of cases) assert.deepEqual(parseWholeNumber(input), expected, input);
  });

  test('types: human spellings find the source type; unknown values come back as written', () => {
    const cases: Array<[Parameters<typeof normalizeSignalType>[0], string, string]> = [
      ['g2', 'Comparison View', 'comparison_view'],
      ['g2', 'comparison_view', 'comparison_view'],
      ['g2', 'category-view', 'category_view'],
      ['g2', 'Category', 'category_view'],
      ['g2', ' Alternatives ', 'alternatives_view'],
      ['g2', 'Profile Views', 'profile_view'],
      ['g2', 'Pricing Page View', 'pricing_view'],
      ['g2', 'Brochure Download', 'Brochure Download'],
      ['linkedin', 'Impressions', 'impression'],
      ['linkedin', 'Lead Form Submission', 'lead_form_submit'],
      ['linkedin', 'Video Views', 'video_view'],
      ['website', 'Form Submit', 'form_submit'],
      ['website', 'pageview', 'page_view'],
      ['bombora', 'Surge', 'surge'],
    ];
    for (const [source, input, expected] of cases) assert.equal(normalizeSignalType(source, input), expected, `${source} ${input}`);
  });

  test('website pages: pricing, demo and contact paths are high intent', () => {
    const cases: Array<[string, string]> = [
      ['https://vendor.com/pricing', 'high_intent_page_view'],
      ['https://vendor.com/en/pricing/?plan=pro', 'high_intent_page_view'],
      ['https://vendor.com/request-a-demo', 'high_intent_page_view'],
      ['/contact-us', 'high_intent_page_view'],
      ['https://vendor.com/company/contact_sales', 'high_intent_page_view'],
      ['https://vendor.com/plans', 'high_intent_page_view'],
      ['https://vendor.com/demographics', 'page_view'],
      ['https://vendor.com/blog/why-pricing-pages-matter', 'high_intent_page_view'],
      ['https://vendor.com/', 'page_view'],
      ['https://vendor.com/?ref=pricing', 'page_view'],
      ['not a url at all', 'page_view'],
    ];
    for (const [url, expected] of cases) assert.equal(websiteTypeForUrl(url), expected, url);
  });

  test('--map parses column=field, splitting at the last =, fields case-insensitively', () => {
    assert.deepEqual(parseMapping('Company Website=domain'), ['Company Website', 'domain']);
    assert.deepEqual(parseMapping(' a=b = OCCURREDAT '), ['a=b', 'occurredAt']);
    assert.throws(() => parseMapping('domain'), (e: Error) => e instanceof ImportSetupError && e.message === "--map expects column=field, got 'domain'");
    assert.throws(() => parseMapping('=domain'), ImportSetupError);
    assert.throws(() => parseMapping('X=name'), /--map: unknown field 'name'; fields are: domain, occurredAt, type, count, externalSignalId, url, topic, score, impressions, clicks, engagements/);
  });

  test('columns: defaults per source, case-insensitive; --map replaces a default; missing required columns are named', () => {
    assert.deepEqual(planColumns('bombora', ['DOMAIN', ' topic name ', 'Composite Score', 'Date'], []).columns, { domain: 0, topic: 1, score: 2, occurredAt: 3 });
    assert.deepEqual(planColumns('website', ['Domain', 'Timestamp'], []).columns, { domain: 0, occurredAt: 1 }, 'URL is optional');
    assert.deepEqual(planColumns('g2', ['Company Domain', 'Activity Type', 'Timestamp', 'Site'], [['site', 'domain']]).columns, { domain: 3, type: 1, occurredAt: 2 });
    assert.throws(() => planColumns('g2', ['Company Domain', 'Timestamp'], []), /column 'Activity Type' \(type\) is not in the header \(found 'Company Domain', 'Timestamp'\)/);
    assert.throws(() => planColumns('linkedin', ['Company Domain', 'Date'], []), /none of the columns 'Impressions', 'Clicks', 'Engagements' is in the header/);
    assert.throws(() => planColumns('website', ['Domain', 'Timestamp'], [['Missing', 'url']]), /--map: column 'Missing' is not in the header \(found 'Domain', 'Timestamp'\)/);
  });

  test('the row id is deterministic, time-led, independent of column order and sensitive to every cell', () => {
    const a = planColumns('website', ['Domain', 'URL', 'Timestamp', 'Visitor'], []);
    const b = planColumns('website', ['visitor', 'timestamp', 'domain', 'url'], []);
    const at = '2026-04-30T10:00:00.000Z';
    const id = rowSignalId(a, ['acme.com', '/x', '2026-04-30T10:00:00Z', 'v1'], at);
    assert.match(id, /^csv:20260430100000000:[A-Za-z0-9_-]{24}$/);
    assert.equal(rowSignalId(b, ['v1', '2026-04-30T10:00:00Z', 'acme.com', '/x'], at), id);
    assert.equal(rowSignalId(a, [' acme.com ', '/x', '2026-04-30T10:00:00Z', 'v1'], at), id, 'cells are trimmed');
    assert.notEqual(rowSignalId(a, ['acme.com', '/x', '2026-04-30T10:00:00Z', 'v2'], at), id);
    assert.notEqual(rowSignalId(planColumns('g2', ['Domain', 'URL', 'Timestamp', 'Visitor', 'Activity Type'], [['Domain', 'domain']]), ['acme.com', '/x', '2026-04-30T10:00:00Z', 'v1', ''], at), id);
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 4, maxLength: 4 }), fc.array(fc.string(), { minLength: 4, maxLength: 4 }), (x, y) => {
        const same = x.every((cell, i) => cell.trim() === y[i].trim());
        assert.equal(rowSignalId(a, x, at) === rowSignalId(a, y, at), same);
      }),
    );
  });

  test('rows become signals per source', () => {
    const linkedin = planColumns('linkedin', ['Company Domain', 'Date', 'Impressions', 'Clicks', 'Engagements'], []);
    const outcome = rowToSignals(linkedin, ['acme.com', '2026-04-27', '1,000', '0', '7']);
    assert.ok('signals' in outcome);
    assert.deepEqual(
      outcome.signals.map(({ externalSignalId, ...s }) => s),
      [
        { source: 'linkedin', domain: 'acme.com', type: 'impression', occurredAt: '2026-04-27T00:00:00.000Z', count: 1000 },
        { source: 'linkedin', domain: 'acme.com', type: 'engagement', occurredAt: '2026-04-27T00:00:00.000Z', count: 7 },
      ],
    );
    assert.deepEqual(rowToSignals(linkedin, ['acme.com', '2026-04-27', '0', '', '0']), { signals: [] });
    assert.deepEqual(rowToSignals(linkedin, ['acme.com', '2026-04-27', '-1', 'x', '0']), {
      error: "impressions must not be less than 0 (got '-1'); clicks must be an integer number (got 'x')",
    });

    const bombora = planColumns('bombora', ['Domain', 'Topic Name', 'Composite Score', 'Date'], []);
    const surge = rowToSignals(bombora, ['acme.com', 'CRM', '59.5', '2026-04-27']);
    assert.ok('signals' in surge);
    assert.deepEqual({ ...surge.signals[0], externalSignalId: 'x' }, {
      source: 'bombora', domain: 'acme.com', type: 'surge', occurredAt: '2026-04-27T00:00:00.000Z', topic: 'CRM', score: 60, externalSignalId: 'x',
    });
    assert.deepEqual(rowToSignals(bombora, ['acme.com', 'CRM', 'high', '2026-04-27']), {
      error: "score must be a number conforming to the specified constraints (got 'high')",
    });
    assert.deepEqual(rowToSignals(bombora, ['', 'CRM', '1', '2026-04-27']), { error: 'domain should not be empty' });
    assert.deepEqual(rowToSignals(bombora, ['acme.com', 'CRM', '1', '']), { error: 'occurredAt should not be empty' });
    assert.deepEqual(rowToSignals(bombora, ['acme.com', 'CRM', '1']), { error: 'occurredAt should not be empty' }, 'short rows read missing cells as empty');

    const website = planColumns('website', ['Domain', 'URL', 'Timestamp', 'Hits'], [['Hits', 'count']]);
    const visit = rowToSignals(website, ['acme.com', '/pricing', '2026-04-30T10:00:00Z', '3']);
    assert.ok('signals' in visit);
    assert.deepEqual([visit.signals[0].type, visit.signals[0].count, visit.signals[0].url], ['high_intent_page_view', 3, '/pricing']);
    assert.deepEqual(rowToSignals(website, ['acme.com', '/', '2026-04-30T10:00:00Z', '0']), { error: "count must not be less than 1 (got '0')" });
  });
});
