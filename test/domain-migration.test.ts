import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { domainToASCII, domainToUnicode } from 'node:url';
import fc from 'fast-check';
import { sql } from 'kysely';
import { migrateToLatest } from '../src/db/index.js';
import { migrations } from '../src/db/migrations/index.js';
import { decodePunycode, uts46FormOf } from '../src/db/migrations/2026-12-05-006-uts46-domains.js';
import { describeEachEngine } from './support/engines.js';
import { useTestApp, type Tenant } from './support/test-app.js';

const MIGRATION = '2026-12-05-006-uts46-domains';

/** What the normalisation before issue 10 stored for these inputs (lowercase, then punycode). */
const OLD_FORMS = {
  fullwidthAcme: 'xn--mi7ceg5a.com', // ａｃｍｅ.com
  softHyphenAcme: 'xn--acme-rga.com', // ac\u00adme.com
  fullwidthWwwGlobex: 'xn--8i7caa.globex.com', // ｗｗｗ.globex.com
  decomposedBucher: 'xn--bucher-xyd.de', // bu\u0308cher.de
  invalidPunycode: 'xn--a.com',
};

describe('the UTS-46 domain migration’s readers', () => {
  test('punycode decodes as RFC 3492 says; what is not punycode is undefined', () => {
    assert.equal(decodePunycode('bcher-kva'), 'bücher');
    assert.equal(decodePunycode('mi7ceg5a'), 'ａｃｍｅ');
    assert.equal(decodePunycode('acme-rga'), 'ac\u00adme');
    assert.equal(decodePunycode('ihqwcrb4cv8a8dqg056pqjye'), '他们为什么不说中文'); // RFC 3492 §7.1 (B)
    assert.equal(decodePunycode('b1abfaaepdrnnbgefbadotcwatmq2g4l'), 'почемужеонинеговорятпорусски'); // (I)
    assert.equal(decodePunycode('a'), '\u0080', 'xn--a is punycode, of a control character UTS-46 refuses');
    assert.equal(decodePunycode('zz'), undefined, 'unterminated');
    assert.equal(decodePunycode('-a'), undefined);
    assert.equal(decodePunycode('a!'), undefined);
    assert.equal(decodePunycode('99999999999'), undefined);
  });

  test('any label UTS-46 encodes decodes back to its Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), (text) => {
        const ascii = domainToASCII(`${text}.com`);
        if (ascii === '' || !ascii.startsWith('xn--')) return;
        const [label] = ascii.split('.');
        assert.equal(decodePunycode(label.slice(4)), domainToUnicode(ascii).split('.')[0]);
      }),
      { numRuns: 3000 },
    );
  });

  test('a stored domain reads as its UTS-46 form; invalid punycode has none', () => {
    assert.equal(uts46FormOf(OLD_FORMS.fullwidthAcme), 'acme.com');
    assert.equal(uts46FormOf(OLD_FORMS.softHyphenAcme), 'acme.com');
    assert.equal(uts46FormOf(OLD_FORMS.fullwidthWwwGlobex), 'globex.com');
    assert.equal(uts46FormOf(OLD_FORMS.decomposedBucher), 'xn--bcher-kva.de');
    assert.equal(uts46FormOf('xn--bcher-kva.de'), 'xn--bcher-kva.de');
    assert.equal(uts46FormOf('eu.acme.com'), 'eu.acme.com');
    assert.equal(uts46FormOf(OLD_FORMS.invalidPunycode), null);
  });
});

describeEachEngine('upgrading stored domains to UTS-46', (engine) => {
  const ctx = useTestApp(engine);

  async function ok(reply: Promise<{ statusCode: number; raw: string; body: any }>) {
    const answer = await reply;
    assert.equal(answer.statusCode, 200, answer.raw);
    return answer.body.data;
  }

  /** Creates an account under a plain domain and gives it a domain the old normalisation stored. */
  async function accountStoredAs(tenant: Tenant, stored: string, name: string): Promise<string> {
    const [result] = (await ok(tenant.request('POST', '/api/v1/accounts', { accounts: [{ domain: `${name}.example.com`, name }] }))).results;
    await setDomain('accounts', tenant, `${name}.example.com`, stored);
    return result.rtp_aid;
  }

  async function setDomain(table: 'accounts' | 'signals' | 'deal_accounts', tenant: Tenant, from: string, to: string) {
    await ctx().database.db.updateTable(table).set({ domain: to }).where('workspace_id', '=', tenant.workspaceId).where('domain', '=', from).execute();
  }

  const domainsOf = async (tenant: Tenant, query = '') =>
    (await ok(tenant.request('GET', `/api/v1/accounts?limit=1000${query}`))).data.map((a: { rtp_aid: string; domain: string }) => [a.rtp_aid, a.domain]);

  test('a look-alike account takes its UTS-46 domain when free, with its signals and deal links; nothing is merged', async () => {
    const a = await ctx().newTenant();
    const b = await ctx().newTenant();
    const fullwidth = await accountStoredAs(a, OLD_FORMS.fullwidthAcme, 'one');
    const softHyphen = await accountStoredAs(a, OLD_FORMS.softHyphenAcme, 'two');
    const globex = await accountStoredAs(a, OLD_FORMS.fullwidthWwwGlobex, 'three');
    const invalid = await accountStoredAs(a, OLD_FORMS.invalidPunycode, 'four');
    const [bucher] = (await ok(a.request('POST', '/api/v1/accounts', { accounts: [{ domain: 'bücher.de', name: 'five' }] }))).results;
    await ok(a.request('POST', '/api/v1/signals', { signals: [1, 2].map(() => ({ source: 'website', type: 'page_view', domain: 'sig.example.com', occurredAt: '2026-01-15T10:00:00Z' })) }));
    await setDomain('signals', a, 'sig.example.com', OLD_FORMS.fullwidthAcme);
    await ok(a.request('POST', '/api/v1/deals', { deals: [{ externalDealId: 'D1', name: 'd', associatedAccounts: [{ domain: 'deal.example.com' }] }, { externalDealId: 'D2', name: 'd' }] }));
    await setDomain('deal_accounts', a, 'deal.example.com', OLD_FORMS.fullwidthAcme);

    const [acmeB] = (await ok(b.request('POST', '/api/v1/accounts', { accounts: [{ domain: 'acme.com', name: 'acme' }] }))).results;
    const lookAlikeB = await accountStoredAs(b, OLD_FORMS.fullwidthAcme, 'one');
    await ok(b.request('POST', '/api/v1/signals', { signals: [{ source: 'website', type: 'page_view', domain: 'sig.example.com', occurredAt: '2026-01-15T10:00:00Z' }] }));
    await setDomain('signals', b, 'sig.example.com', OLD_FORMS.fullwidthAcme);
    const beforeB = await domainsOf(b);

    const { syncTimestamp: accountsSync } = await ok(a.request('GET', '/api/v1/accounts'));
    const { syncTimestamp: dealsSync } = await ok(a.request('GET', '/api/v1/deals'));
    // The migrations after this one are undone first (Kysely runs migrations only in order), then all rerun.
    const later = Object.keys(migrations).slice(Object.keys(migrations).indexOf(MIGRATION) + 1);
    for (const name of [...later].reverse()) {
      await migrations[name].down!(ctx().database.db);
      await sql`delete from kysely_migration where name = ${name}`.execute(ctx().database.db);
    }
    await sql`delete from kysely_migration where name = ${MIGRATION}`.execute(ctx().database.db);
    assert.deepEqual(await migrateToLatest(ctx().database.db), { applied: [MIGRATION, ...later], newer: [] });

    assert.deepEqual(await domainsOf(a), [
      [softHyphen, OLD_FORMS.softHyphenAcme],
      [invalid, OLD_FORMS.invalidPunycode],
      [bucher.rtp_aid, 'xn--bcher-kva.de'],
      [fullwidth, 'acme.com'],
      [globex, 'globex.com'],
    ]);
    assert.deepEqual(await domainsOf(a, `&lastSync=${accountsSync}`), [[fullwidth, 'acme.com'], [globex, 'globex.com']], 'moved accounts are sent again');
    const signalDomains = await ctx().database.db.selectFrom('signals').select('domain').distinct().where('workspace_id', '=', a.workspaceId).execute();
    assert.deepEqual(signalDomains.map((row) => row.domain), ['acme.com']);
    const changedDeals = await ok(a.request('GET', `/api/v1/deals?lastSync=${dealsSync}`));
    assert.deepEqual(changedDeals.data.map((d: { externalDealId: string }) => d.externalDealId), ['D1']);
    assert.deepEqual(changedDeals.data[0].linkedAccounts, [{ rtp_aid: fullwidth, domain: 'acme.com' }]);

    const pushed = (await ok(a.request('POST', '/api/v1/accounts', { upsert: true, accounts: [{ domain: 'ａｃｍｅ.com', name: 'Acme' }] }))).results[0];
    assert.deepEqual(pushed, { rtp_aid: fullwidth, domain: 'acme.com', status: 'updated' }, 'the look-alike spelling now finds its account');

    assert.deepEqual(await domainsOf(b), beforeB, 'an account whose UTS-46 domain is taken is left for the operator');
    assert.deepEqual(beforeB.map(([id]: [string]) => id).sort(), [acmeB.rtp_aid, lookAlikeB].sort());
    const signalsB = await ctx().database.db.selectFrom('signals').select('domain').where('workspace_id', '=', b.workspaceId).execute();
    assert.deepEqual(signalsB.map((row) => row.domain), [OLD_FORMS.fullwidthAcme]);
  });
});
