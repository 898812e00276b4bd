import { Type, type Static } from 'typebox';
import { Nullable, PageQuery } from '../../http/schema-helpers.js';
import { MAX_LENGTH } from '../../http/limits.js';

// Deletion and its tombstones (docs/api.md, "Deletion"). The envelope around each answer is added in deletions.routes.ts.

export const PurgeQuery = Type.Object({
  purge: Type.Optional(Type.Boolean({ description: 'Also remove the signals and sales activities keyed by the account’s domain', default: false })),
});

const Domains = Type.Array(Type.String({ maxLength: MAX_LENGTH.url }), { minItems: 1, maxItems: 100 });
const RtpAids = Type.Array(Type.String({ maxLength: MAX_LENGTH.id }), { minItems: 1, maxItems: 100 });

export const DeleteAccountsBody = Type.Object(
  {
    domains: Type.Optional(Domains),
    rtp_aids: Type.Optional(RtpAids),
  },
  { description: 'Exactly one of `domains` and `rtp_aids`, 1–100 entries', examples: [{ domains: ['acme.com', 'globex.com'] }] },
);
export type DeleteAccountsBody = Static<typeof DeleteAccountsBody>;

export const AccountDeletion = Type.Object({
  rtp_aid: Type.String(),
  domain: Type.String(),
  externalId: Nullable(Type.String()),
  deletedAt: Type.String({ format: 'date-time' }),
  purged: Type.Optional(Type.Object({ signals: Type.Integer(), activities: Type.Integer() }, { description: 'With `?purge=true`: the records removed' })),
});

export const DeleteAccountsResult = Type.Object({
  results: Type.Array(
    Type.Object({
      rtp_aid: Nullable(Type.String()),
      domain: Nullable(Type.String()),
      status: Type.Union([Type.Literal('deleted'), Type.Literal('failed')]),
      error: Type.Optional(Type.String()),
    }),
  ),
  summary: Type.Object({ total: Type.Integer(), deleted: Type.Integer(), failed: Type.Integer() }),
});

export const DeletedAccount = Type.Object({
  rtp_aid: Type.String(),
  domain: Nullable(Type.String()),
  externalId: Nullable(Type.String()),
  deletedAt: Type.String({ format: 'date-time' }),
});

export const DeletedDeal = Type.Object({
  externalDealId: Type.String(),
  deletedAt: Type.String({ format: 'date-time' }),
});

export const ListDeletedQuery = Type.Object(PageQuery);

export const ContactErasure = Type.Object({
  email: Type.String(),
  recordsChanged: Type.Object({
    contacts: Type.Integer(),
    activityContacts: Type.Integer({ description: 'Links between the contact and activities' }),
    activities: Type.Integer({ description: 'Activities it sent or owns, now without its name and address' }),
    deals: Type.Integer({ description: 'Deals it owns, now without owner' }),
  }),
  total: Type.Integer(),
});
