// Generated from GET /api/v1/openapi.json by scripts/client-api-types.ts (npm run client:api).
// Do not edit: test/client/api-types.test.ts fails when this file no longer matches the routes.
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health check
         * @description Answers whether the service and its database answer; no key needed, not in the envelope (docs/api.md#meta).
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/custom-fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List account custom fields
         * @description Every active account custom field, oldest first.
         */
        get: operations["listCustomFields"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/custom-field": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an account custom field
         * @description The key is derived from the label (`Contract Value` → `CONTRACT_VALUE_C`). `options` (≥ 1) is required for `singleSelection` and `multiSelection` and ignored otherwise (docs/api.md#custom-fields).
         */
        post: operations["createCustomField"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List segments
         * @description Active and draft static segments, oldest first (docs/api.md#segments). Extension: `type=static|dynamic|all` and `status=` filters; with `type` given, each item also shows its type and its member count.
         */
        get: operations["listSegments"];
        put?: never;
        /**
         * Create a segment
         * @description Static or dynamic; `rules` (docs/api.md#dynamic-segment-rules) are required for a dynamic segment and refused for a static one (extension).
         */
        post: operations["createSegment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/segments/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview a dynamic segment’s members
         * @description Evaluates dynamic segment `rules` (docs/api.md#dynamic-segment-rules) over every account of the workspace now, without saving anything: the number of accounts they select and the first ten. The rules are validated as POST /segments validates them, with the same limits and messages. It reads every account of the workspace, so its cost grows with the workspace (docs/console.md, "Segments") (extension).
         */
        post: operations["previewSegment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/segments/{segmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One segment
         * @description Any type or status (extension).
         */
        get: operations["getSegment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a segment
         * @description Changes `name`, `status` and (dynamic segments) `rules`; no other field is accepted (extension).
         */
        patch: operations["updateSegment"];
        trace?: never;
    };
    "/api/v1/segments/{segmentId}/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A segment’s member accounts
         * @description Members in the shape of GET /accounts, keyset-paginated; `lastSync` filters by membership change (extension).
         */
        get: operations["listSegmentAccounts"];
        put?: never;
        /**
         * Add accounts to a static segment
         * @description Each reference is `{ rtp_aid }` or `{ domain }`; existing members are reported `unchanged` (extension).
         */
        post: operations["addSegmentAccounts"];
        /**
         * Remove accounts from a static segment
         * @description Each reference is `{ rtp_aid }` or `{ domain }`; non-members are reported `unchanged` (extension).
         */
        delete: operations["removeSegmentAccounts"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List accounts with scores
         * @description Keyset-paginated, oldest change first; `lastSync` returns only accounts changed strictly after it (docs/api.md#pagination-and-delta-sync). `domains` is a JSON array of at most 100 domains in a string, e.g. `["acme.com","www.globex.com"]`.
         */
        get: operations["listAccounts"];
        put?: never;
        /**
         * Create accounts (or upsert)
         * @description Batch of 1–100 accounts keyed by normalised domain (docs/api.md#accounts). Answers 200 whatever each item’s outcome: `data.results` has one entry per item in input order. With `upsert: true` an existing domain is updated. A `segmentId` is checked before any item and every created or updated account joins it.
         */
        post: operations["createAccounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/missing-external-ids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Accounts without an externalId
         * @description Oldest first; `limit` only — no cursor, no lastSync.
         */
        get: operations["listAccountsMissingExternalIds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/external-ids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Map external ids by domain
         * @description Domains are normalised; when a domain appears twice the last mapping wins.
         */
        patch: operations["mapAccountExternalIds"];
        trace?: never;
    };
    "/api/v1/deals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List deals
         * @description Keyset-paginated, oldest change first, with `lastSync` (extension).
         */
        get: operations["listDeals"];
        put?: never;
        /**
         * Upsert deals
         * @description Batch of 1–100 deals keyed by `externalDealId`: new → created, existing → updated (provided fields overwrite). Associated accounts are matched by normalised domain, then externalId; a stage change appends to the stage history (docs/api.md#deals).
         */
        post: operations["pushDeals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{externalDealId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One deal with its stage history
         * @description The deal as pushed, its linked accounts, unlinked associations and stage history (extension).
         */
        get: operations["getDeal"];
        put?: never;
        post?: never;
        /**
         * Delete a deal
         * @description The deal goes with its associations and stage history; the accounts it counted for are rescored at the next run. It appears in `GET /deals/deleted`.
         */
        delete: operations["deleteDeal"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/journey-stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The journey stages in funnel order
         * @description The stages `rtp_journey_stage` takes, from the top of the funnel down (extension; docs/api.md#journey).
         */
        get: operations["listJourneyStages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/journey/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Accounts per journey stage now
         * @description Every stage in funnel order with how many of the workspace’s accounts are in it now (extension).
         */
        get: operations["getJourneyFunnel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/journey/movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Weekly journey stage movements
         * @description Per ISO week (Monday 00:00 UTC) of the last `weeks` weeks, the current one included, and per stage: how many accounts entered it and how many left it, from the stage changes scoring runs record. Weeks without movements are listed with zeros (extension).
         */
        get: operations["getJourneyMovements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sales-activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Push calls and emails
         * @description Batch of 1–50 activities, create-only, keyed by `externalActivityId`. Per item: a type other than call/email is `skipped`; an existing externalActivityId `failed`; else `created`. Contacts are upserted by email (docs/api.md#sales-activities).
         */
        post: operations["createSalesActivities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{rtp_aid}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An account’s sales-activity timeline
         * @description Newest first by occurrence, keyset-paginated; activities pushed before the account existed are included (extension).
         */
        get: operations["listAccountActivities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/signals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ingest intent signals
         * @description Batch of 1–1000 signals from `website`, `g2`, `bombora` or `linkedin`, each with a type of its source; a repeated `externalSignalId` within a source is skipped. Signals for domains without an account are kept (docs/api.md#signals).
         */
        post: operations["createSignals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete accounts in a batch
         * @description By `domains` or by `rtp_aids` (exactly one, 1–100); one result per item, in input order. The account goes with its custom-field values, segment memberships, scores and stage history; its deals lose the association; its signals and sales activities stay (they are keyed by domain) unless `purge=true`. It appears in `GET /accounts/deleted`.
         */
        post: operations["deleteAccounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deleted accounts (tombstones) for delta sync
         * @description Like `GET /accounts`: keyset-paginated, oldest deletion first, `lastSync` returns deletions strictly after it. Pass the same `syncTimestamp` to both lists and a replica misses neither a change nor a deletion. Kept 90 days.
         */
        get: operations["listDeletedAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{email}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Erase a person
         * @description Removes every stored trace of the address (case-insensitive): the contact and its links to activities; activities it sent or owns and deals it owns keep their facts without the person. Answers how many records changed (zeros when nothing held it).
         */
        delete: operations["eraseContact"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deleted deals (tombstones) for delta sync
         * @description Like `GET /deals`, for deletions. Kept 90 days.
         */
        get: operations["listDeletedDeals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{rtp_aid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One account
         * @description The account in the shape of GET /accounts (extension); the CRM generation addresses it by externalId.
         */
        get: operations["getAccount"];
        /**
         * Update an account’s custom fields
         * @description `customFields` is the only accepted field; keys merge, a `null` value clears one (docs/api.md#accounts).
         */
        put: operations["updateAccountCustomFields"];
        post?: never;
        /**
         * Delete an account
         * @description The account goes with its custom-field values, segment memberships, scores and stage history; its deals lose the association; its signals and sales activities stay (they are keyed by domain) unless `purge=true`. It appears in `GET /accounts/deleted`.
         */
        delete: operations["deleteAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit trail
         * @description Who changed what and when: keys, API access, users, scoring settings, segments, deletions. Oldest first; `lastSync` returns what happened after it. Admins only (an admin user’s key or session). Append-only: no route changes it.
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deal-stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List pipelines and their stages
         * @description Every pipeline of the workspace with its stages in the pushed order (extension).
         */
        get: operations["listDealStages"];
        put?: never;
        /**
         * Create pipelines with their stages
         * @description Create-only and all-or-nothing: if any `pipelineId` exists, or repeats within the request, nothing is created (409). A `stageId` repeated within a pipeline is a validation error.
         */
        post: operations["createDealStages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deal-stages/{pipelineId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace a pipeline’s label and stages
         * @description Replaces the label and the whole stage list (extension).
         */
        put: operations["updateDealStages"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scoring/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List scoring runs, newest first
         * @description Status, counts and duration of each run; `limit` and `cursor` page (no `lastSync`).
         */
        get: operations["listScoringRuns"];
        put?: never;
        /**
         * Start a scoring run
         * @description Starts a run for the key’s workspace and answers it at once (`status: running`, `started: true`); the run continues in the background. When a run is already in progress — started by the API, the schedule, `intentbase score` or another server process — no second run starts: the answer is that run, also with 200, and `started: false`. Poll `GET /scoring/runs` for its outcome. `full: true` rebuilds every account from its whole signal history.
         */
        post: operations["startScoringRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scoring/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the scoring settings
         * @description The settings in force (`config`), what the workspace overrides (`overrides`) and the defaults (docs/scoring.md, Settings).
         */
        get: operations["getScoringConfig"];
        /**
         * Replace the scoring settings overrides
         * @description The body is the workspace’s overrides, a JSON object: any part of the settings; what it leaves out takes the default (`{}` restores every default; no body or `null` is a 400). Every combination runs: with every source switched off all scores are 0 and journey stages follow deals and activities alone. The next run rebuilds every account under the new settings.
         */
        put: operations["putScoringConfig"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scoring/backtest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Backtest the scores against the deals that followed
         * @description Every account scored as of `asOf` (default `horizonDays` before now) from the signals and sales activities that had happened by then, with the current settings, against the outcome “a deal associated with the account opened in (asOf, asOf + horizonDays]”: accounts and positives, ROC AUC with a 95 % bootstrap interval, precision and recall in the top 10 % and 20 %, lift per score decile — for the account score and per source — the journey stage at `asOf` against the outcome, and suggested source weights with their AUC on a held-out half (docs/scoring.md, “Does it predict?”). Reads only; a suggestion is applied with `PUT /scoring/config`.
         */
        get: operations["backtestScoring"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{rtp_aid}/score": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Explain an account’s scores
         * @description Per source: score, weight, contribution and the signals adding most; the journey stage with the rule that fired and the stage history; the time of the run that computed them (docs/api.md#scoring).
         */
        get: operations["explainAccountScore"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{rtp_aid}/signals/daily": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An account’s signals per day
         * @description Signals matched to the account (by its domain) per UTC day and source over the last `days` days, today included; each day’s count is the sum of its signals’ `count` (extension, issue 12: the console’s account page).
         */
        get: operations["listAccountSignalsPerDay"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/console/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user
         * @description The session’s user and CSRF token; 401 without a valid session.
         */
        get: operations["getConsoleSession"];
        put?: never;
        /**
         * Sign in to the console
         * @description Checks the email and password and opens a session: the answer sets the `ib_session` cookie (HttpOnly, SameSite=Lax, Path=/, Secure over HTTPS) and carries the CSRF token to send as `X-CSRF-Token` on every state-changing request. Failed attempts are throttled per email (5) and per client address (20) per 15 minutes.
         */
        post: operations["signIn"];
        /**
         * Sign out
         * @description Ends the session (it stops working in every process at once) and clears the cookie. Needs `X-CSRF-Token`.
         */
        delete: operations["signOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/console/api-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether the signed-in user has an API key
         * @description Whether the signed-in user has an active read-write key (`readOnly=true`: read-only key), its non-secret prefix and when it was generated; never the key.
         */
        get: operations["getOwnApiKeyStatus"];
        put?: never;
        /**
         * Generate or regenerate the signed-in user’s API key
         * @description Issues a new read-write key for the signed-in user (`readOnly: true`: a read-only key, for a BI tool), as `intentbase key create [--read-only]` does: the previous key of that kind is revoked in the same transaction and stops working at once; the other kind is untouched. The answer carries the key this once; only its hash is stored. Needs `X-CSRF-Token`.
         */
        post: operations["generateOwnApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/console/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The workspace’s users (admin)
         * @description Every user of the signed-in admin’s workspace, oldest first.
         */
        get: operations["listWorkspaceUsers"];
        put?: never;
        /**
         * Add a user (admin)
         * @description Adds a user with a role and a console password: the one given, or one the server generates and answers this once. The new user has no API key until they generate one. Needs `X-CSRF-Token`.
         */
        post: operations["createWorkspaceUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/console/users/{userId}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset a user’s password (admin)
         * @description Sets the password given, or a generated one answered this once; the user’s sessions end at once. Needs `X-CSRF-Token`.
         */
        post: operations["resetWorkspaceUserPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/console/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a user (admin)
         * @description Removes the user: their API keys are revoked and their sessions end at once. An admin cannot remove themselves (400), and the last admin cannot be removed (409). Needs `X-CSRF-Token`.
         */
        delete: operations["removeWorkspaceUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/console/workspace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The workspace’s settings (admin)
         * @description The workspace’s name and its API access switch.
         */
        get: operations["getWorkspaceSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Switch API access on or off (admin)
         * @description With `apiAccess: false` every `X-Api-Key` request of the workspace answers 401 `API access is not enabled for this workspace` (docs/api.md#authentication); console sessions keep working, so an admin can switch it back on. Needs `X-CSRF-Token`.
         */
        patch: operations["updateWorkspaceSettings"];
        trace?: never;
    };
    "/api/v1/signals/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a provider CSV of intent signals
         * @description The web console’s signals import (docs/signals.md): the body is a Bombora, G2, LinkedIn or website export with its header row, read with the provider’s default columns exactly as `intentbase signals import --source <source>` reads it. Answers the rows read, signals imported and skipped as duplicates, and every row that failed with its line and reason. At most 10485760 bytes (10 MiB); import larger files with the CLI, which streams any size.
         */
        post: operations["importSignalsCsv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crm/accounts/custom-fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List account custom fields
         * @description Every active account custom field, oldest first.
         */
        get: operations["crmListCustomFields"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crm/accounts/custom-field": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an account custom field
         * @description The key is derived from the label (`Contract Value` → `CONTRACT_VALUE_C`). `options` (≥ 1) is required for `singleSelection` and `multiSelection` and ignored otherwise (docs/api.md#custom-fields).
         */
        post: operations["crmCreateCustomField"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crm/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List segments
         * @description Active and draft static segments, oldest first (docs/api.md#segments). Extension: `type=static|dynamic|all` and `status=` filters; with `type` given, each item also shows its type and its member count.
         */
        get: operations["crmListSegments"];
        put?: never;
        /**
         * Create a segment
         * @description Static or dynamic; `rules` (docs/api.md#dynamic-segment-rules) are required for a dynamic segment and refused for a static one (extension).
         */
        post: operations["crmCreateSegment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crm/segments/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview a dynamic segment’s members
         * @description Evaluates dynamic segment `rules` (docs/api.md#dynamic-segment-rules) over every account of the workspace now, without saving anything: the number of accounts they select and the first ten. The rules are validated as POST /segments validates them, with the same limits and messages. It reads every account of the workspace, so its cost grows with the workspace (docs/console.md, "Segments") (extension).
         */
        post: operations["crmPreviewSegment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crm/segments/{segmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One segment
         * @description Any type or status (extension).
         */
        get: operations["crmGetSegment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a segment
         * @description Changes `name`, `status` and (dynamic segments) `rules`; no other field is accepted (extension).
         */
        patch: operations["crmUpdateSegment"];
        trace?: never;
    };
    "/api/v1/crm/segments/{segmentId}/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A segment’s member accounts
         * @description Members in the shape of GET /accounts, keyset-paginated; `lastSync` filters by membership change (extension).
         */
        get: operations["crmListSegmentAccounts"];
        put?: never;
        /**
         * Add accounts to a static segment
         * @description Each reference is `{ rtp_aid }` or `{ domain }`; existing members are reported `unchanged` (extension).
         */
        post: operations["crmAddSegmentAccounts"];
        /**
         * Remove accounts from a static segment
         * @description Each reference is `{ rtp_aid }` or `{ domain }`; non-members are reported `unchanged` (extension).
         */
        delete: operations["crmRemoveSegmentAccounts"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crm/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List accounts with scores
         * @description Keyset-paginated, oldest change first; `lastSync` returns only accounts changed strictly after it (docs/api.md#pagination-and-delta-sync). `domains` is a JSON array of at most 100 domains in a string, e.g. `["acme.com","www.globex.com"]`.
         */
        get: operations["crmListAccounts"];
        put?: never;
        /**
         * Create or update accounts by externalId
         * @description `externalId` is required and is the key (docs/api.md#the-crm-api-generation): an existing one updates, an unkeyed account with the domain is adopted, a domain held under another externalId fails. No `upsert` flag. One result per item, in input order.
         */
        post: operations["crmCreateAccounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crm/accounts/missing-external-ids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Accounts without an externalId
         * @description Oldest first; `limit` only — no cursor, no lastSync.
         */
        get: operations["crmListAccountsMissingExternalIds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crm/accounts/external-ids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Map external ids by domain
         * @description Domains are normalised; when a domain appears twice the last mapping wins.
         */
        patch: operations["crmMapAccountExternalIds"];
        trace?: never;
    };
    "/api/v1/crm/deals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List deals
         * @description Keyset-paginated, oldest change first, with `lastSync` (extension).
         */
        get: operations["crmListDeals"];
        put?: never;
        /**
         * Upsert deals
         * @description Batch of 1–100 deals keyed by `externalDealId`: new → created, existing → updated (provided fields overwrite). Associated accounts are matched by normalised domain, then externalId; a stage change appends to the stage history (docs/api.md#deals).
         */
        post: operations["crmPushDeals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crm/deals/{externalDealId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One deal with its stage history
         * @description The deal as pushed, its linked accounts, unlinked associations and stage history (extension).
         */
        get: operations["crmGetDeal"];
        put?: never;
        post?: never;
        /**
         * Delete a deal
         * @description The deal goes with its associations and stage history; the accounts it counted for are rescored at the next run. It appears in `GET /deals/deleted`.
         */
        delete: operations["crmDeleteDeal"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crm/journey-stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The journey stages in funnel order
         * @description The stages `rtp_journey_stage` takes, from the top of the funnel down (extension; docs/api.md#journey).
         */
        get: operations["crmListJourneyStages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crm/journey/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Accounts per journey stage now
         * @description Every stage in funnel order with how many of the workspace’s accounts are in it now (extension).
         */
        get: operations["crmGetJourneyFunnel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crm/journey/movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Weekly journey stage movements
         * @description Per ISO week (Monday 00:00 UTC) of the last `weeks` weeks, the current one included, and per stage: how many accounts entered it and how many left it, from the stage changes scoring runs record. Weeks without movements are listed with zeros (extension).
         */
        get: operations["crmGetJourneyMovements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crm/sales-activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Push calls and emails
         * @description Batch of 1–50 activities, create-only, keyed by `externalActivityId`. Per item: a type other than call/email is `skipped`; an existing externalActivityId `failed`; else `created`. Contacts are upserted by email (docs/api.md#sales-activities).
         */
        post: operations["crmCreateSalesActivities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crm/accounts/{rtp_aid}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An account’s sales-activity timeline
         * @description Newest first by occurrence, keyset-paginated; activities pushed before the account existed are included (extension).
         */
        get: operations["crmListAccountActivities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crm/signals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ingest intent signals
         * @description Batch of 1–1000 signals from `website`, `g2`, `bombora` or `linkedin`, each with a type of its source; a repeated `externalSignalId` within a source is skipped. Signals for domains without an account are kept (docs/api.md#signals).
         */
        post: operations["crmCreateSignals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crm/accounts/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete accounts in a batch
         * @description By `domains` or by `rtp_aids` (exactly one, 1–100); one result per item, in input order. The account goes with its custom-field values, segment memberships, scores and stage history; its deals lose the association; its signals and sales activities stay (they are keyed by domain) unless `purge=true`. It appears in `GET /accounts/deleted`.
         */
        post: operations["crmDeleteAccounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crm/accounts/deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deleted accounts (tombstones) for delta sync
         * @description Like `GET /accounts`: keyset-paginated, oldest deletion first, `lastSync` returns deletions strictly after it. Pass the same `syncTimestamp` to both lists and a replica misses neither a change nor a deletion. Kept 90 days.
         */
        get: operations["crmListDeletedAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crm/contacts/{email}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Erase a person
         * @description Removes every stored trace of the address (case-insensitive): the contact and its links to activities; activities it sent or owns and deals it owns keep their facts without the person. Answers how many records changed (zeros when nothing held it).
         */
        delete: operations["crmEraseContact"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crm/deals/deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deleted deals (tombstones) for delta sync
         * @description Like `GET /deals`, for deletions. Kept 90 days.
         */
        get: operations["crmListDeletedDeals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crm/accounts/{externalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One account, by externalId
         * @description The account in the shape of GET /accounts, addressed by its externalId (docs/api.md#the-crm-api-generation); 409 when several accounts hold it.
         */
        get: operations["crmGetAccount"];
        /**
         * Update an account’s custom fields by externalId
         * @description `customFields` is the only accepted field; keys merge, a `null` value clears one (docs/api.md#the-crm-api-generation).
         */
        put: operations["crmUpdateAccountCustomFields"];
        post?: never;
        /**
         * Delete an account by externalId
         * @description The account goes with its custom-field values, segment memberships, scores and stage history; its deals lose the association; its signals and sales activities stay (they are keyed by domain) unless `purge=true`. It appears in `GET /accounts/deleted`.
         */
        delete: operations["crmDeleteAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crm/deal-stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List pipelines and their stages
         * @description Every pipeline of the workspace with its stages in the pushed order (extension).
         */
        get: operations["crmListDealStages"];
        put?: never;
        /**
         * Create pipelines with their stages
         * @description Create-only and all-or-nothing: if any `pipelineId` exists, or repeats within the request, nothing is created (409). A `stageId` repeated within a pipeline is a validation error.
         */
        post: operations["crmCreateDealStages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crm/deal-stages/{pipelineId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace a pipeline’s label and stages
         * @description Replaces the label and the whole stage list (extension).
         */
        put: operations["crmUpdateDealStages"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This OpenAPI 3.1 document
         * @description Served as is (not in the envelope) and without a key, so generators and tools can fetch it.
         */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * CustomField
         * @description An account custom field (docs/api.md#custom-fields)
         */
        CustomField: {
            /** @description Derived from the label: spaces to `_`, uppercased, `_C` appended */
            key: string;
            label: string;
            /** @enum {unknown} */
            labelType: "singleLineText" | "multiLineText" | "singleSelection" | "multiSelection" | "number" | "date";
            description: string | null;
            /** @description [] for non-selection types */
            options: string[];
            /** @enum {string} */
            objectType: "accounts";
            /** @enum {string} */
            status: "active";
        };
        /**
         * ValidationIssue
         * @description A validation error of one property (docs/api.md#validation-errors)
         */
        ValidationIssue: {
            /** @description The leaf property name */
            property: string;
            /** @description The full location, e.g. accounts[0].domain */
            path: string;
            /** @description Constraint key → message */
            constraints: {
                [key: string]: string;
            };
        };
        /**
         * BadRequestError
         * @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint
         */
        BadRequestError: {
            /** @enum {integer} */
            statusCode: 400;
            /**
             * Format: date-time
             * @description Server time, ISO 8601 UTC with milliseconds
             */
            timestamp: string;
            path: string;
            /**
             * @description The HTTP reason phrase
             * @enum {string}
             */
            message: "Bad Request";
            /** @description What exactly is wrong */
            customMessage: string;
            data: components["schemas"]["ValidationIssue"][] | null;
        };
        /**
         * UnauthorizedError
         * @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace
         */
        UnauthorizedError: {
            /** @enum {integer} */
            statusCode: 401;
            /**
             * Format: date-time
             * @description Server time, ISO 8601 UTC with milliseconds
             */
            timestamp: string;
            path: string;
            /**
             * @description The HTTP reason phrase
             * @enum {string}
             */
            message: "Unauthorized";
            /** @description What exactly is wrong */
            customMessage: string;
            data: null;
        };
        /**
         * ForbiddenError
         * @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token
         */
        ForbiddenError: {
            /** @enum {integer} */
            statusCode: 403;
            /**
             * Format: date-time
             * @description Server time, ISO 8601 UTC with milliseconds
             */
            timestamp: string;
            path: string;
            /**
             * @description The HTTP reason phrase
             * @enum {string}
             */
            message: "Forbidden";
            /** @description What exactly is wrong */
            customMessage: string;
            data: null;
        };
        /**
         * TooManyRequestsError
         * @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry
         */
        TooManyRequestsError: {
            /** @enum {integer} */
            statusCode: 429;
            /**
             * Format: date-time
             * @description Server time, ISO 8601 UTC with milliseconds
             */
            timestamp: string;
            path: string;
            /**
             * @description The HTTP reason phrase
             * @enum {string}
             */
            message: "Too Many Requests";
            /** @description What exactly is wrong */
            customMessage: string;
            data: null;
        };
        /**
         * InternalServerError
         * @description An unexpected error; nothing internal is revealed, the request id is logged
         */
        InternalServerError: {
            /** @enum {integer} */
            statusCode: 500;
            /**
             * Format: date-time
             * @description Server time, ISO 8601 UTC with milliseconds
             */
            timestamp: string;
            path: string;
            /**
             * @description The HTTP reason phrase
             * @enum {string}
             */
            message: "Internal Server Error";
            /** @description What exactly is wrong */
            customMessage: string;
            data: null;
        };
        /**
         * ServiceUnavailableError
         * @description The database is unavailable; retry shortly
         */
        ServiceUnavailableError: {
            /** @enum {integer} */
            statusCode: 503;
            /**
             * Format: date-time
             * @description Server time, ISO 8601 UTC with milliseconds
             */
            timestamp: string;
            path: string;
            /**
             * @description The HTTP reason phrase
             * @enum {string}
             */
            message: "Service Unavailable";
            /** @description What exactly is wrong */
            customMessage: string;
            data: null;
        };
        /**
         * ConflictError
         * @description An active field with the derived key exists
         */
        ConflictError: {
            /** @enum {integer} */
            statusCode: 409;
            /**
             * Format: date-time
             * @description Server time, ISO 8601 UTC with milliseconds
             */
            timestamp: string;
            path: string;
            /**
             * @description The HTTP reason phrase
             * @enum {string}
             */
            message: "Conflict";
            /** @description What exactly is wrong */
            customMessage: string;
            data: null;
        };
        /**
         * PayloadTooLargeError
         * @description The body is over the size limit (default 5 MiB)
         */
        PayloadTooLargeError: {
            /** @enum {integer} */
            statusCode: 413;
            /**
             * Format: date-time
             * @description Server time, ISO 8601 UTC with milliseconds
             */
            timestamp: string;
            path: string;
            /**
             * @description The HTTP reason phrase
             * @enum {string}
             */
            message: "Payload Too Large";
            /** @description What exactly is wrong */
            customMessage: string;
            data: null;
        };
        /**
         * UnsupportedMediaTypeError
         * @description The body is not `application/json`
         */
        UnsupportedMediaTypeError: {
            /** @enum {integer} */
            statusCode: 415;
            /**
             * Format: date-time
             * @description Server time, ISO 8601 UTC with milliseconds
             */
            timestamp: string;
            path: string;
            /**
             * @description The HTTP reason phrase
             * @enum {string}
             */
            message: "Unsupported Media Type";
            /** @description What exactly is wrong */
            customMessage: string;
            data: null;
        };
        /**
         * Segment
         * @description A segment (extension; docs/api.md#segments)
         */
        Segment: {
            segmentId: string;
            name: string;
            /** @enum {unknown} */
            type: "static" | "dynamic";
            /** @enum {unknown} */
            status: "draft" | "active" | "archived";
            /**
             * @description `{ "all": [ … ] }` or `{ "any": [ … ] }`, nestable; a condition is `{ "field": <account field or custom field key>, "op": "eq|neq|gt|gte|lt|lte|in|contains|exists", "value": … }` (docs/api.md#dynamic-segment-rules)
             * @example {
             *       "all": [
             *         {
             *           "field": "rtp_account_score",
             *           "op": "gte",
             *           "value": 40
             *         },
             *         {
             *           "any": [
             *             {
             *               "field": "tags",
             *               "op": "contains",
             *               "value": "enterprise"
             *             }
             *           ]
             *         }
             *       ]
             *     }
             */
            rules: {
                [key: string]: unknown;
            } | null;
            /** Format: date-time */
            createdAt: string;
            memberCount: number;
        };
        /**
         * SegmentPreview
         * @description Who rules would select now, without saving them
         */
        SegmentPreview: {
            memberCount: number;
            /** @description The first matching accounts (at most 10), oldest first */
            sample: {
                rtp_aid: string;
                name: string;
                domain: string;
            }[];
            /** @description The workspace’s accounts the rules were evaluated for */
            accountsEvaluated: number;
        };
        /**
         * NotFoundError
         * @description No segment with this id in the key’s workspace
         */
        NotFoundError: {
            /** @enum {integer} */
            statusCode: 404;
            /**
             * Format: date-time
             * @description Server time, ISO 8601 UTC with milliseconds
             */
            timestamp: string;
            path: string;
            /**
             * @description The HTTP reason phrase
             * @enum {string}
             */
            message: "Not Found";
            /** @description What exactly is wrong */
            customMessage: string;
            data: null;
        };
        /**
         * Account
         * @description An account with its scores (docs/api.md#accounts)
         */
        Account: {
            /** @description Intentbase id: 24 lowercase hex characters */
            rtp_aid: string;
            externalId: string | null;
            name: string;
            /** @description The normalised domain (docs/api.md#domains) */
            domain: string;
            shortName: string | null;
            linkedinUrl: string | null;
            tags: string[];
            /** @description 0 until the first scoring run after the account is created */
            rtp_account_score: number;
            /** @description A stage of GET /journey-stages; `Unaware` until the first scoring run */
            rtp_journey_stage: string;
            /** @description Website intent */
            rtp_website_intent_score: number;
            /** @description Bombora intent */
            rtp_bombora_intent_score: number;
            /** @description G2 intent */
            rtp_g2_intent_score: number;
            /** @description LinkedIn advertising activity */
            rtp_advertising_activity_score: number;
            /**
             * Format: date-time
             * @description Time of the account’s last change
             */
            rtp_last_account_date: string;
            /** @description Every active account custom field by key, null where unset */
            customFields: {
                [key: string]: unknown;
            };
            /** @description Every segment the account belongs to (extension) */
            rtp_segments: {
                segmentId: string;
                name: string;
            }[];
        };
        /**
         * Deal
         * @description A deal as pushed, with its account links and stage history (extension; docs/api.md#deals)
         */
        Deal: {
            rtp_dealId: string;
            externalDealId: string;
            name: string;
            amount: number | null;
            stageId: string | null;
            stageLabel: string | null;
            pipelineId: string | null;
            pipelineLabel: string | null;
            /** @description ISO 8601 date or date-time */
            startDate: string | null;
            /** @description ISO 8601 date or date-time */
            closedDate: string | null;
            ownerName: string | null;
            ownerEmail: string | null;
            ownerId: string | null;
            dealCurrencyCode: string | null;
            /** @description As pushed, in order */
            associatedAccounts: {
                externalId: string | null;
                /** @description As pushed */
                domain: string | null;
                name: string | null;
            }[];
            /** @description The accounts the associations resolve to (by domain, then externalId), each once */
            linkedAccounts: {
                rtp_aid: string;
                domain: string;
            }[];
            /** @description Associations no account matches yet; they link once one exists */
            unlinkedAssociations: {
                externalId: string | null;
                /** @description As pushed */
                domain: string | null;
                name: string | null;
            }[];
            /** @description Oldest first; an entry per stage change, including the first */
            stageHistory: {
                stageId: string | null;
                stageLabel: string | null;
                pipelineId: string | null;
                /** Format: date-time */
                enteredAt: string;
            }[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * JourneyFunnel
         * @description How many of the workspace’s accounts are in each journey stage now
         */
        JourneyFunnel: {
            /** @description Every stage in funnel order, top first */
            stages: {
                stage: string;
                accounts: number;
            }[];
            totalAccounts: number;
        };
        /**
         * JourneyMovements
         * @description How many accounts entered and left each journey stage, per ISO week
         */
        JourneyMovements: {
            /** @description The stages in funnel order (the order of each week’s `movements`) */
            stages: string[];
            /** @description Oldest first, one per week with or without movements; the last is the current week */
            weeks: {
                /**
                 * Format: date-time
                 * @description The week’s Monday, 00:00 UTC
                 */
                weekStart: string;
                movements: {
                    stage: string;
                    entered: number;
                    left: number;
                }[];
            }[];
        };
        /** Contact */
        Contact: {
            email: string;
            externalContactId: string | null;
            name: string | null;
            title: string | null;
            department: string | null;
            seniority: string | null;
            phone: string | null;
            linkedinUrl: string | null;
        };
        /**
         * SalesActivity
         * @description A call or email as pushed, with its contacts (extension)
         */
        SalesActivity: {
            rtp_activityId: string;
            externalActivityId: string;
            activityType: string;
            /** Format: date-time */
            occurredAt: string;
            domain: string;
            accountName: string | null;
            subject: string | null;
            ownerEmail: string;
            ownerName: string | null;
            ownerId: string | null;
            from: {
                name: string | null;
                email: string | null;
            } | null;
            callTitle: string | null;
            durationMinutes: number | null;
            outcome: string | null;
            direction: string | null;
            openCount: number | null;
            clickCount: number | null;
            /** @description In pushed order, each as currently stored */
            contacts: components["schemas"]["Contact"][];
            /** Format: date-time */
            createdAt: string;
        };
        /**
         * GoneError
         * @description `lastSync` is older than the 90 days tombstones are kept: run a full sync
         */
        GoneError: {
            /** @enum {integer} */
            statusCode: 410;
            /**
             * Format: date-time
             * @description Server time, ISO 8601 UTC with milliseconds
             */
            timestamp: string;
            path: string;
            /**
             * @description The HTTP reason phrase
             * @enum {string}
             */
            message: "Gone";
            /** @description What exactly is wrong */
            customMessage: string;
            data: null;
        };
        /**
         * Pipeline
         * @description A deal pipeline with its stages in the pushed order (docs/api.md#deal-stages)
         */
        Pipeline: {
            pipelineId: string;
            pipelineLabel: string;
            stages: {
                stageId: string;
                stageLabel: string;
            }[];
        };
        /** StartedScoringRun */
        StartedScoringRun: {
            runId: string;
            /** @enum {unknown} */
            trigger: "schedule" | "cli" | "api";
            /**
             * @description `interrupted`: stopped by a shutdown; the next run continues it (as it does a run whose process died)
             * @enum {unknown}
             */
            status: "running" | "succeeded" | "failed" | "interrupted";
            /**
             * @description `full` rebuilds every account from its whole signal history (first run, settings changed); `incremental` visits changed and decay-due accounts
             * @enum {unknown}
             */
            mode: "full" | "incremental";
            /**
             * Format: date-time
             * @description The time the scores are computed for
             */
            asOf: string;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            finishedAt: string | null;
            durationMs: number | null;
            counts: {
                /** @description Accounts visited so far; with `accountsTotal`, a running run’s progress */
                accountsEvaluated: number;
                /** @description Accounts the run visits, once it knows (null before, and for runs of earlier releases) */
                accountsTotal: number | null;
                accountsChanged: number;
                signalsRead: number;
                membershipsChanged: number;
            };
            resumes: number;
            error: string | null;
            /** @description False when a run was already in progress: this is that run */
            started: boolean;
        };
        /**
         * ScoringRun
         * @description A scoring run (extension; docs/scoring.md, Runs)
         */
        ScoringRun: {
            runId: string;
            /** @enum {unknown} */
            trigger: "schedule" | "cli" | "api";
            /**
             * @description `interrupted`: stopped by a shutdown; the next run continues it (as it does a run whose process died)
             * @enum {unknown}
             */
            status: "running" | "succeeded" | "failed" | "interrupted";
            /**
             * @description `full` rebuilds every account from its whole signal history (first run, settings changed); `incremental` visits changed and decay-due accounts
             * @enum {unknown}
             */
            mode: "full" | "incremental";
            /**
             * Format: date-time
             * @description The time the scores are computed for
             */
            asOf: string;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            finishedAt: string | null;
            durationMs: number | null;
            counts: {
                /** @description Accounts visited so far; with `accountsTotal`, a running run’s progress */
                accountsEvaluated: number;
                /** @description Accounts the run visits, once it knows (null before, and for runs of earlier releases) */
                accountsTotal: number | null;
                accountsChanged: number;
                signalsRead: number;
                membershipsChanged: number;
            };
            resumes: number;
            error: string | null;
        };
        /** ScoringConfig */
        ScoringConfig: {
            sources: {
                website: {
                    enabled: boolean;
                    weight: number;
                    halfLifeDays: number;
                    types: {
                        page_view: {
                            increment: number;
                            cap: number | null;
                            halfLifeDays: number | null;
                        };
                        high_intent_page_view: {
                            increment: number;
                            cap: number | null;
                            halfLifeDays: number | null;
                        };
                        form_submit: {
                            increment: number;
                            cap: number | null;
                            halfLifeDays: number | null;
                        };
                    };
                };
                g2: {
                    enabled: boolean;
                    weight: number;
                    halfLifeDays: number;
                    types: {
                        category_view: {
                            increment: number;
                            cap: number | null;
                            halfLifeDays: number | null;
                        };
                        comparison_view: {
                            increment: number;
                            cap: number | null;
                            halfLifeDays: number | null;
                        };
                        alternatives_view: {
                            increment: number;
                            cap: number | null;
                            halfLifeDays: number | null;
                        };
                        profile_view: {
                            increment: number;
                            cap: number | null;
                            halfLifeDays: number | null;
                        };
                        pricing_view: {
                            increment: number;
                            cap: number | null;
                            halfLifeDays: number | null;
                        };
                    };
                };
                linkedin: {
                    enabled: boolean;
                    weight: number;
                    halfLifeDays: number;
                    types: {
                        impression: {
                            increment: number;
                            cap: number | null;
                            halfLifeDays: number | null;
                        };
                        click: {
                            increment: number;
                            cap: number | null;
                            halfLifeDays: number | null;
                        };
                        engagement: {
                            increment: number;
                            cap: number | null;
                            halfLifeDays: number | null;
                        };
                        video_view: {
                            increment: number;
                            cap: number | null;
                            halfLifeDays: number | null;
                        };
                        lead_form_submit: {
                            increment: number;
                            cap: number | null;
                            halfLifeDays: number | null;
                        };
                    };
                };
                bombora: {
                    enabled: boolean;
                    weight: number;
                    halfLifeDays: number;
                    minTopicScore: number;
                    topTopics: number;
                };
            };
            journey: {
                windowDays: number;
                customerOnWonDeal: boolean;
                opportunityOnOpenDeal: boolean;
                considerationMinScore: number | null;
                considerationMinActivities: number | null;
                awareMinScore: number | null;
                awareMinActivities: number | null;
                awareOnSignal: boolean;
            };
        };
        /**
         * ScoringBacktest
         * @description How well the scores as of a past moment predicted the deals that opened after it (extension, issue 14)
         */
        ScoringBacktest: {
            /**
             * Format: date-time
             * @description The moment the accounts are scored as of
             */
            asOf: string;
            horizonDays: number;
            /**
             * Format: date-time
             * @description asOf + horizonDays
             */
            horizonEnd: string;
            /** @description False while the horizon has not fully passed: deals still to open in it are missing from the positives */
            horizonComplete: boolean;
            /** @description What counts as a positive */
            outcome: string;
            accounts: number;
            /** @description Accounts with a deal that opened in the horizon */
            positives: number;
            /** @description positives ÷ accounts */
            baseRate: number | null;
            seed: number;
            bootstrapReplicates: number;
            /** @description The account score (rtp_account_score) as of asOf */
            accountScore: {
                accounts: number;
                positives: number;
                /** @description ROC AUC: the chance a random positive account scores above a random negative one (ties count half); null without positives or without negatives */
                auc: number | null;
                /** @description 95 % percentile bootstrap interval of the AUC (Poisson resampling of the accounts); null when the AUC is */
                aucInterval: {
                    low: number;
                    high: number;
                } | null;
                top: {
                    /** @description The share of accounts taken from the top of the ranking: 0.1 and 0.2 */
                    share: number;
                    accounts: number;
                    /** @description Expected under a random order of tied scores (fractional where the cut falls inside a tie) */
                    positives: number;
                    precision: number | null;
                    recall: number | null;
                }[];
                deciles: {
                    /** @description 1: the top-scored tenth of the accounts */
                    decile: number;
                    accounts: number;
                    /** @description Expected under a random order of tied scores (fractional where a decile boundary cuts a tie) */
                    positives: number;
                    minScore: number | null;
                    maxScore: number | null;
                    positiveRate: number | null;
                    /** @description The decile’s positive rate ÷ the base rate */
                    lift: number | null;
                }[];
            };
            /** @description The same per source score: which source predicts */
            sources: {
                website: {
                    /** @description Whether the source counts in the account score */
                    enabled: boolean;
                    accounts: number;
                    positives: number;
                    /** @description ROC AUC: the chance a random positive account scores above a random negative one (ties count half); null without positives or without negatives */
                    auc: number | null;
                    /** @description 95 % percentile bootstrap interval of the AUC (Poisson resampling of the accounts); null when the AUC is */
                    aucInterval: {
                        low: number;
                        high: number;
                    } | null;
                    top: {
                        /** @description The share of accounts taken from the top of the ranking: 0.1 and 0.2 */
                        share: number;
                        accounts: number;
                        /** @description Expected under a random order of tied scores (fractional where the cut falls inside a tie) */
                        positives: number;
                        precision: number | null;
                        recall: number | null;
                    }[];
                    deciles: {
                        /** @description 1: the top-scored tenth of the accounts */
                        decile: number;
                        accounts: number;
                        /** @description Expected under a random order of tied scores (fractional where a decile boundary cuts a tie) */
                        positives: number;
                        minScore: number | null;
                        maxScore: number | null;
                        positiveRate: number | null;
                        /** @description The decile’s positive rate ÷ the base rate */
                        lift: number | null;
                    }[];
                };
                g2: {
                    /** @description Whether the source counts in the account score */
                    enabled: boolean;
                    accounts: number;
                    positives: number;
                    /** @description ROC AUC: the chance a random positive account scores above a random negative one (ties count half); null without positives or without negatives */
                    auc: number | null;
                    /** @description 95 % percentile bootstrap interval of the AUC (Poisson resampling of the accounts); null when the AUC is */
                    aucInterval: {
                        low: number;
                        high: number;
                    } | null;
                    top: {
                        /** @description The share of accounts taken from the top of the ranking: 0.1 and 0.2 */
                        share: number;
                        accounts: number;
                        /** @description Expected under a random order of tied scores (fractional where the cut falls inside a tie) */
                        positives: number;
                        precision: number | null;
                        recall: number | null;
                    }[];
                    deciles: {
                        /** @description 1: the top-scored tenth of the accounts */
                        decile: number;
                        accounts: number;
                        /** @description Expected under a random order of tied scores (fractional where a decile boundary cuts a tie) */
                        positives: number;
                        minScore: number | null;
                        maxScore: number | null;
                        positiveRate: number | null;
                        /** @description The decile’s positive rate ÷ the base rate */
                        lift: number | null;
                    }[];
                };
                linkedin: {
                    /** @description Whether the source counts in the account score */
                    enabled: boolean;
                    accounts: number;
                    positives: number;
                    /** @description ROC AUC: the chance a random positive account scores above a random negative one (ties count half); null without positives or without negatives */
                    auc: number | null;
                    /** @description 95 % percentile bootstrap interval of the AUC (Poisson resampling of the accounts); null when the AUC is */
                    aucInterval: {
                        low: number;
                        high: number;
                    } | null;
                    top: {
                        /** @description The share of accounts taken from the top of the ranking: 0.1 and 0.2 */
                        share: number;
                        accounts: number;
                        /** @description Expected under a random order of tied scores (fractional where the cut falls inside a tie) */
                        positives: number;
                        precision: number | null;
                        recall: number | null;
                    }[];
                    deciles: {
                        /** @description 1: the top-scored tenth of the accounts */
                        decile: number;
                        accounts: number;
                        /** @description Expected under a random order of tied scores (fractional where a decile boundary cuts a tie) */
                        positives: number;
                        minScore: number | null;
                        maxScore: number | null;
                        positiveRate: number | null;
                        /** @description The decile’s positive rate ÷ the base rate */
                        lift: number | null;
                    }[];
                };
                bombora: {
                    /** @description Whether the source counts in the account score */
                    enabled: boolean;
                    accounts: number;
                    positives: number;
                    /** @description ROC AUC: the chance a random positive account scores above a random negative one (ties count half); null without positives or without negatives */
                    auc: number | null;
                    /** @description 95 % percentile bootstrap interval of the AUC (Poisson resampling of the accounts); null when the AUC is */
                    aucInterval: {
                        low: number;
                        high: number;
                    } | null;
                    top: {
                        /** @description The share of accounts taken from the top of the ranking: 0.1 and 0.2 */
                        share: number;
                        accounts: number;
                        /** @description Expected under a random order of tied scores (fractional where the cut falls inside a tie) */
                        positives: number;
                        precision: number | null;
                        recall: number | null;
                    }[];
                    deciles: {
                        /** @description 1: the top-scored tenth of the accounts */
                        decile: number;
                        accounts: number;
                        /** @description Expected under a random order of tied scores (fractional where a decile boundary cuts a tie) */
                        positives: number;
                        minScore: number | null;
                        maxScore: number | null;
                        positiveRate: number | null;
                        /** @description The decile’s positive rate ÷ the base rate */
                        lift: number | null;
                    }[];
                };
            };
            /** @description The journey stage at asOf against the outcome, in funnel order */
            journeyStages: {
                stage: string;
                accounts: number;
                positives: number;
                positiveRate: number | null;
                lift: number | null;
            }[];
            /** @description Suggested source weights (non-negative, summing to 1) fitted on one half of the accounts, both AUCs on the other half; applied only through PUT /scoring/config */
            weights: {
                method: string;
                seed: number;
                enabledSources: string[];
                /** @description The weights in force, scaled to sum to 1 */
                current: {
                    weights: {
                        website: number;
                        g2: number;
                        linkedin: number;
                        bombora: number;
                    };
                    heldOutAuc: number | null;
                };
                suggested: {
                    weights: {
                        website: number;
                        g2: number;
                        linkedin: number;
                        bombora: number;
                    };
                    heldOutAuc: number | null;
                    fitAuc: number | null;
                };
                halves: {
                    fit: {
                        accounts: number;
                        positives: number;
                    };
                    heldOut: {
                        accounts: number;
                        positives: number;
                    };
                };
            };
        };
        /**
         * ScoreExplanation
         * @description An account’s scores explained (extension; docs/api.md#scoring)
         */
        ScoreExplanation: {
            rtp_aid: string;
            domain: string;
            rtp_account_score: number;
            rtp_journey_stage: string;
            /**
             * Format: date-time
             * @description The time the run that computed these scores computed them for; null before the first run
             */
            computedAt: string | null;
            runId: string | null;
            sources: {
                /** @enum {unknown} */
                source: "website" | "g2" | "linkedin" | "bombora";
                /** @description The account field showing this score */
                field: string;
                enabled: boolean;
                score: number;
                /** @description Before the cap at 100 and rounding */
                raw: number;
                weight: number;
                /** @description weight · score / Σ enabled weights */
                contribution: number;
                halfLifeDays: number;
                /** @description The signals adding most, best first; for Bombora the qualifying topics of the latest week */
                topSignals: {
                    signalId: string;
                    type: string;
                    /** Format: date-time */
                    occurredAt: string;
                    count: number;
                    url: string | null;
                    externalSignalId: string | null;
                    /** @description What the signal adds to its source’s raw score at the time of the run, before any cap */
                    points: number;
                }[] | {
                    topic: string;
                    score: number;
                }[];
                /**
                 * Format: date-time
                 * @description Bombora: start of the week the score comes from
                 */
                latestWeek?: string | null;
            }[];
            journey: {
                stage: string;
                rule: string | null;
                description: string | null;
                /** @description Oldest first */
                history: {
                    stage: string;
                    /** Format: date-time */
                    enteredAt: string;
                    rule: string;
                }[];
            };
        };
        /**
         * AccountSignalDays
         * @description An account’s signals per day and source (extension, issue 12)
         */
        AccountSignalDays: {
            rtp_aid: string;
            /** @description Signals are matched to the account by this domain (docs/api.md#signals) */
            domain: string;
            /** @description First day, YYYY-MM-DD (UTC) */
            from: string;
            /** @description Last day, today, YYYY-MM-DD (UTC) */
            to: string;
            /** @description Every day from `from` to `to`, oldest first, zero where no signal arrived */
            days: {
                /** @description YYYY-MM-DD (UTC) */
                day: string;
                /** @description Website signals (the sum of their `count`) */
                website: number;
                /** @description G2 signals */
                g2: number;
                /** @description Bombora signals */
                bombora: number;
                /** @description LinkedIn signals */
                linkedin: number;
                /** @description All sources */
                total: number;
            }[];
        };
        /** SignInRequest */
        SignInRequest: {
            /** @description The user’s email (case does not matter) */
            email: string;
            /** @description The user’s password */
            password: string;
        };
        /** ConsoleUser */
        ConsoleUser: {
            /** @description The user’s id */
            userId: string;
            email: string;
            /** @description `admin` or `member` */
            role: string;
            /** @description The workspace the session is in */
            workspaceId: string;
        };
        /** ConsoleSession */
        ConsoleSession: {
            user: components["schemas"]["ConsoleUser"];
            /** @description Send it as `X-CSRF-Token` on every POST, PUT, PATCH and DELETE made with the session cookie */
            csrfToken: string;
        };
        /** SignedOut */
        SignedOut: {
            /** @enum {boolean} */
            signedOut: true;
        };
        /** ApiKeyStatus */
        ApiKeyStatus: {
            /** @description Whether the signed-in user has an active key of this kind */
            active: boolean;
            /** @description The key’s first characters, not secret (`ib_` + 6) */
            keyPrefix: string | null;
            /**
             * Format: date-time
             * @description When the active key was generated
             */
            createdAt: string | null;
        };
        /** GeneratedApiKey */
        GeneratedApiKey: {
            /** @description The new key, shown this once: only its hash is stored */
            apiKey: string;
            keyPrefix: string;
            /** Format: date-time */
            createdAt: string;
        };
        /** WorkspaceUser */
        WorkspaceUser: {
            userId: string;
            email: string;
            /** @description `admin` or `member` */
            role: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Whether the user can sign in to the console */
            hasPassword: boolean;
        };
        /** WorkspaceUsers */
        WorkspaceUsers: {
            users: components["schemas"]["WorkspaceUser"][];
        };
        /** CreateUserRequest */
        CreateUserRequest: {
            /** Format: email */
            email: string;
            /**
             * @description `admin` may manage users, keys and the API access switch
             * @enum {unknown}
             */
            role: "admin" | "member";
            /** @description At least 12 characters; leave it out to have the server generate one (answered once) */
            password?: string;
        };
        /** UserPassword */
        UserPassword: {
            user: components["schemas"]["WorkspaceUser"];
            /** @description The password the server generated, shown this once; null when one was given */
            generatedPassword: string | null;
        };
        /** ResetPasswordRequest */
        ResetPasswordRequest: {
            /** @description At least 12 characters; leave it out to have the server generate one (answered once) */
            password?: string;
        };
        /** RemovedUser */
        RemovedUser: {
            /** @enum {boolean} */
            removed: true;
            userId: string;
        };
        /** WorkspaceSettings */
        WorkspaceSettings: {
            workspaceId: string;
            name: string;
            /** @description Whether `X-Api-Key` requests are accepted; console sessions work either way */
            apiAccess: boolean;
        };
        /** WorkspaceSettingsRequest */
        WorkspaceSettingsRequest: {
            apiAccess: boolean;
        };
        /** SignalUpload */
        SignalUpload: {
            /** @enum {unknown} */
            source: "website" | "g2" | "bombora" | "linkedin";
            /** @description Data rows read (the header excluded) */
            rows: number;
            /** @description Signals imported */
            created: number;
            /** @description Signals skipped as duplicates (a row imported before) */
            skipped: number;
            /** @description Rows that could not be imported; each is in `errors` */
            failedRows: number;
            /** @description Rows that held no signal (a LinkedIn row of zeros, a row of empty cells) */
            emptyRows: number;
            /** @description The rows that could not be imported, in file order */
            errors: {
                /** @description Line of the file (the header is line 1) */
                row: number;
                /** @description The row as it was in the file */
                raw: string;
                message: string;
            }[];
            /** @description Why the import stopped part-way (a broken record); null when the whole file was read */
            stopped: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service and its database answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                        /** @description Read replicas (DATABASE_READ_URL), only when configured. A replica that is not ok is skipped; the primary answers instead. */
                        replicas?: {
                            /** @description host:port/database of the replica */
                            name: string;
                            /** @description ok: list pages may be read there; lagging: further behind than DATABASE_READ_MAX_LAG_MS; down: does not answer, or is not a standby */
                            state: "ok" | "lagging" | "down";
                            /** @description Behind the primary at the last check (checked every second) */
                            lagMs: number | null;
                        }[];
                    };
                };
            };
            /** @description The service or its database does not answer */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "unavailable";
                        /** @description Read replicas (DATABASE_READ_URL), only when configured. A replica that is not ok is skipped; the primary answers instead. */
                        replicas?: {
                            /** @description host:port/database of the replica */
                            name: string;
                            /** @description ok: list pages may be read there; lagging: further behind than DATABASE_READ_MAX_LAG_MS; down: does not answer, or is not a standby */
                            state: "ok" | "lagging" | "down";
                            /** @description Behind the primary at the last check (checked every second) */
                            lagMs: number | null;
                        }[];
                    };
                };
            };
        };
    };
    listCustomFields: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A plain array */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/custom-fields",
                     *       "data": [
                     *         {
                     *           "key": "CONTRACT_VALUE_C",
                     *           "label": "Contract Value",
                     *           "labelType": "number",
                     *           "description": null,
                     *           "options": [],
                     *           "objectType": "accounts",
                     *           "status": "active"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: components["schemas"]["CustomField"][];
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/custom-fields",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/custom-fields",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/custom-fields",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/custom-fields",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/custom-fields",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/custom-fields",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    createCustomField: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this request safe: the same key and body within 24 hours answer the first answer again (docs/api.md#idempotent-retries) */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "label": "Contract Value",
                 *       "labelType": "number",
                 *       "description": "Annual contract value in USD"
                 *     }
                 */
                "application/json": {
                    label: string;
                    /** @enum {unknown} */
                    labelType: "singleLineText" | "multiLineText" | "singleSelection" | "multiSelection" | "number" | "date";
                    description?: string | null;
                    options?: unknown;
                } & unknown;
            };
        };
        responses: {
            /** @description An array holding the created field */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/custom-field",
                     *       "data": [
                     *         {
                     *           "key": "CONTRACT_VALUE_C",
                     *           "label": "Contract Value",
                     *           "labelType": "number",
                     *           "description": null,
                     *           "options": [],
                     *           "objectType": "accounts",
                     *           "status": "active"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: components["schemas"]["CustomField"][];
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/custom-field",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/custom-field",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/custom-field",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description An active field with the derived key exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/custom-field",
                     *       "message": "Conflict",
                     *       "customMessage": "Custom field with key 'CONTRACT_VALUE_C' already exists",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/custom-field",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/custom-field",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/custom-field",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/custom-field",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/custom-field",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    listSegments: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description The previous page’s `nextCursor` (opaque; at most 512 characters, anything else answers `Invalid cursor`) */
                cursor?: string;
                /** @description ISO 8601 date-time: only records changed strictly after it (pass the last pass’s `syncTimestamp`) */
                lastSync?: string;
                type?: "static" | "dynamic" | "all";
                status?: "draft" | "active" | "archived";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of segments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments",
                     *       "data": {
                     *         "data": [
                     *           {
                     *             "segmentId": "664a1b2c3d4e5f6071829304",
                     *             "name": "Q2 Target Accounts",
                     *             "status": "active"
                     *           }
                     *         ],
                     *         "nextCursor": null,
                     *         "hasNextPage": false,
                     *         "syncTimestamp": "2026-04-30T10:00:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        /** @description One page of a keyset-paginated list (docs/api.md#pagination-and-delta-sync) */
                        data: {
                            data: {
                                segmentId: string;
                                name: string;
                                /** @enum {unknown} */
                                status: "draft" | "active" | "archived";
                                /**
                                 * @description Present only when the `type` query parameter is given
                                 * @enum {unknown}
                                 */
                                type?: "static" | "dynamic";
                                /** @description Present only when the `type` query parameter is given */
                                memberCount?: number;
                            }[];
                            /** @description Pass as `cursor` for the next page; null exactly when hasNextPage is false */
                            nextCursor: string | null;
                            hasNextPage: boolean;
                            /**
                             * Format: date-time
                             * @description Pass as `lastSync` on the next delta-sync pass
                             */
                            syncTimestamp: string;
                        };
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    createSegment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this request safe: the same key and body within 24 hours answer the first answer again (docs/api.md#idempotent-retries) */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Hot accounts",
                 *       "type": "dynamic",
                 *       "rules": {
                 *         "all": [
                 *           {
                 *             "field": "rtp_account_score",
                 *             "op": "gte",
                 *             "value": 40
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": {
                    name: string;
                    /** @enum {unknown} */
                    type: "static" | "dynamic";
                    /**
                     * @description Default `active`
                     * @enum {unknown}
                     */
                    status?: "draft" | "active" | "archived";
                    /** @description Required for a dynamic segment (docs/api.md#dynamic-segment-rules). At most 16384 bytes of JSON, 5 levels of groups, 100 conditions, 100 values per `in` list and 256 characters per string value; no other keys than `all`/`any` in a group and `field`/`op`/`value` in a condition. A workspace's active and draft dynamic segments hold at most 50 segments, 500 conditions and 1000 `in` values together (docs/operations.md, "Segment rule limits"). */
                    rules?: unknown;
                };
            };
        };
        responses: {
            /** @description The created segment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304",
                     *       "data": {
                     *         "segmentId": "664a1b2c3d4e5f6071829304",
                     *         "name": "Q2 Target Accounts",
                     *         "type": "static",
                     *         "status": "active",
                     *         "rules": null,
                     *         "createdAt": "2026-04-30T10:00:00.000Z",
                     *         "memberCount": 0
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: components["schemas"]["Segment"];
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    previewSegment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "rules": {
                 *         "all": [
                 *           {
                 *             "field": "rtp_account_score",
                 *             "op": "gte",
                 *             "value": 40
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description Dynamic segment rules (docs/api.md#dynamic-segment-rules), as for POST /segments. At most 16384 bytes of JSON, 5 levels of groups, 100 conditions, 100 values per `in` list and 256 characters per string value; no other keys than `all`/`any` in a group and `field`/`op`/`value` in a condition. A workspace's active and draft dynamic segments hold at most 50 segments, 500 conditions and 1000 `in` values together (docs/operations.md, "Segment rule limits"). */
                    rules?: unknown;
                };
            };
        };
        responses: {
            /** @description The members the rules would have now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/preview",
                     *       "data": {
                     *         "memberCount": 1,
                     *         "sample": [
                     *           {
                     *             "rtp_aid": "663abc0e5f1c2a0012345678",
                     *             "name": "Acme Corp",
                     *             "domain": "acme.com"
                     *           }
                     *         ],
                     *         "accountsEvaluated": 120
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: components["schemas"]["SegmentPreview"];
                    };
                };
            };
            /** @description Rules missing or refused (the messages of POST /segments) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/preview",
                     *       "message": "Bad Request",
                     *       "customMessage": "field must be an account field or the key of an active custom field",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/preview",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/preview",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/preview",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/preview",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/preview",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/preview",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/preview",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    getSegment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                segmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The segment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304",
                     *       "data": {
                     *         "segmentId": "664a1b2c3d4e5f6071829304",
                     *         "name": "Q2 Target Accounts",
                     *         "type": "static",
                     *         "status": "active",
                     *         "rules": null,
                     *         "createdAt": "2026-04-30T10:00:00.000Z",
                     *         "memberCount": 0
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: components["schemas"]["Segment"];
                    };
                };
            };
            /** @description Invalid segmentId format, or a schema violation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Bad Request",
                     *       "customMessage": "Invalid segmentId format",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No segment with this id in the key’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Not Found",
                     *       "customMessage": "Segment not found",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    updateSegment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this request safe: the same key and body within 24 hours answer the first answer again (docs/api.md#idempotent-retries) */
                "idempotency-key"?: string;
            };
            path: {
                segmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @enum {unknown} */
                    status?: "draft" | "active" | "archived";
                    /** @description Dynamic segments only (docs/api.md#dynamic-segment-rules). At most 16384 bytes of JSON, 5 levels of groups, 100 conditions, 100 values per `in` list and 256 characters per string value; no other keys than `all`/`any` in a group and `field`/`op`/`value` in a condition. A workspace's active and draft dynamic segments hold at most 50 segments, 500 conditions and 1000 `in` values together (docs/operations.md, "Segment rule limits"). */
                    rules?: unknown;
                };
            };
        };
        responses: {
            /** @description The updated segment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304",
                     *       "data": {
                     *         "segmentId": "664a1b2c3d4e5f6071829304",
                     *         "name": "Q2 Target Accounts",
                     *         "type": "static",
                     *         "status": "active",
                     *         "rules": null,
                     *         "createdAt": "2026-04-30T10:00:00.000Z",
                     *         "memberCount": 0
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: components["schemas"]["Segment"];
                    };
                };
            };
            /** @description Invalid segmentId format, or a schema violation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Bad Request",
                     *       "customMessage": "Invalid segmentId format",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No segment with this id in the key’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Not Found",
                     *       "customMessage": "Segment not found",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    listSegmentAccounts: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description The previous page’s `nextCursor` (opaque; at most 512 characters, anything else answers `Invalid cursor`) */
                cursor?: string;
                /** @description ISO 8601 date-time: only records changed strictly after it (pass the last pass’s `syncTimestamp`) */
                lastSync?: string;
            };
            header?: never;
            path: {
                segmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of member accounts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "data": {
                     *         "data": [
                     *           {
                     *             "rtp_aid": "663abc0e5f1c2a0012345678",
                     *             "externalId": "crm-001",
                     *             "name": "Acme Corp",
                     *             "domain": "acme.com",
                     *             "shortName": "Acme",
                     *             "linkedinUrl": "https://www.linkedin.com/company/acme-corp",
                     *             "tags": [
                     *               "enterprise"
                     *             ],
                     *             "rtp_account_score": 78,
                     *             "rtp_journey_stage": "Consideration",
                     *             "rtp_website_intent_score": 42,
                     *             "rtp_bombora_intent_score": 31,
                     *             "rtp_g2_intent_score": 0,
                     *             "rtp_advertising_activity_score": 55,
                     *             "rtp_last_account_date": "2026-04-30T09:00:00.000Z",
                     *             "customFields": {
                     *               "CONTRACT_VALUE_C": 75000,
                     *               "RENEWAL_DATE_C": null
                     *             },
                     *             "rtp_segments": [
                     *               {
                     *                 "segmentId": "664a1b2c3d4e5f6071829304",
                     *                 "name": "Q2 Target Accounts"
                     *               }
                     *             ]
                     *           }
                     *         ],
                     *         "nextCursor": null,
                     *         "hasNextPage": false,
                     *         "syncTimestamp": "2026-04-30T10:00:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        /** @description One page of a keyset-paginated list (docs/api.md#pagination-and-delta-sync) */
                        data: {
                            data: components["schemas"]["Account"][];
                            /** @description Pass as `cursor` for the next page; null exactly when hasNextPage is false */
                            nextCursor: string | null;
                            hasNextPage: boolean;
                            /**
                             * Format: date-time
                             * @description Pass as `lastSync` on the next delta-sync pass
                             */
                            syncTimestamp: string;
                        };
                    };
                };
            };
            /** @description Invalid segmentId format, or a schema violation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Bad Request",
                     *       "customMessage": "Invalid segmentId format",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No segment with this id in the key’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Not Found",
                     *       "customMessage": "Segment not found",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    addSegmentAccounts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this request safe: the same key and body within 24 hours answer the first answer again (docs/api.md#idempotent-retries) */
                "idempotency-key"?: string;
            };
            path: {
                segmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "accounts": [
                 *         {
                 *           "rtp_aid": "663abc0e5f1c2a0012345678"
                 *         },
                 *         {
                 *           "domain": "globex.com"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    accounts: {
                        rtp_aid?: string;
                        domain?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description One result per reference, in input order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "data": {
                     *         "results": [
                     *           {
                     *             "rtp_aid": "663abc0e5f1c2a0012345678",
                     *             "domain": "acme.com",
                     *             "status": "added"
                     *           }
                     *         ],
                     *         "summary": {
                     *           "total": 1,
                     *           "added": 1,
                     *           "unchanged": 0,
                     *           "failed": 0
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: {
                            results: {
                                rtp_aid: string | null;
                                domain: string | null;
                                /** @enum {unknown} */
                                status: "added" | "removed" | "unchanged" | "failed";
                                error?: string;
                            }[];
                            summary: {
                                total: number;
                                added: number;
                                unchanged: number;
                                failed: number;
                            };
                        };
                    };
                };
            };
            /** @description Invalid segmentId format, a schema violation, or the segment is not static or not active/draft */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No segment with this id in the key’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Not Found",
                     *       "customMessage": "Segment not found",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    removeSegmentAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                segmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "accounts": [
                 *         {
                 *           "rtp_aid": "663abc0e5f1c2a0012345678"
                 *         },
                 *         {
                 *           "domain": "globex.com"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    accounts: {
                        rtp_aid?: string;
                        domain?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description One result per reference, in input order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "data": {
                     *         "results": [
                     *           {
                     *             "rtp_aid": "663abc0e5f1c2a0012345678",
                     *             "domain": "acme.com",
                     *             "status": "removed"
                     *           }
                     *         ],
                     *         "summary": {
                     *           "total": 1,
                     *           "removed": 1,
                     *           "unchanged": 0,
                     *           "failed": 0
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: {
                            results: {
                                rtp_aid: string | null;
                                domain: string | null;
                                /** @enum {unknown} */
                                status: "added" | "removed" | "unchanged" | "failed";
                                error?: string;
                            }[];
                            summary: {
                                total: number;
                                removed: number;
                                unchanged: number;
                                failed: number;
                            };
                        };
                    };
                };
            };
            /** @description Invalid segmentId format, a schema violation, or the segment is not static */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No segment with this id in the key’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Not Found",
                     *       "customMessage": "Segment not found",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    listAccounts: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description The previous page’s `nextCursor` (opaque; at most 512 characters, anything else answers `Invalid cursor`) */
                cursor?: string;
                /** @description ISO 8601 date-time: only records changed strictly after it (pass the last pass’s `syncTimestamp`) */
                lastSync?: string;
                /** @description A JSON array of at most 100 domains, e.g. `["acme.com","www.globex.com"]` */
                domains?: string;
                /** @description Order (extension, issue 12): a score, `-` for highest first, ties by rtp_aid; or `-rtp_last_account_date`, latest change first. With a sort or any filter below the cursor follows that order; `lastSync` and `domains` cannot be combined with them. Default when a filter is given without a sort: `-rtp_account_score`. */
                sort?: "-rtp_account_score" | "rtp_account_score" | "-rtp_website_intent_score" | "rtp_website_intent_score" | "-rtp_bombora_intent_score" | "rtp_bombora_intent_score" | "-rtp_g2_intent_score" | "rtp_g2_intent_score" | "-rtp_advertising_activity_score" | "rtp_advertising_activity_score" | "-rtp_last_account_date";
                /** @description Only accounts in this journey stage (extension) */
                stage?: "Unaware" | "Aware" | "Consideration" | "Opportunity" | "Customer";
                /** @description Only members of this segment (extension) */
                segmentId?: string;
                /** @description Only accounts with this tag, compared case-insensitively (extension) */
                tag?: string;
                /** @description Only accounts whose domain or name starts with this text, case-insensitively: a prefix, so an index serves it (extension) */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of accounts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "data": {
                     *         "data": [
                     *           {
                     *             "rtp_aid": "663abc0e5f1c2a0012345678",
                     *             "externalId": "crm-001",
                     *             "name": "Acme Corp",
                     *             "domain": "acme.com",
                     *             "shortName": "Acme",
                     *             "linkedinUrl": "https://www.linkedin.com/company/acme-corp",
                     *             "tags": [
                     *               "enterprise"
                     *             ],
                     *             "rtp_account_score": 78,
                     *             "rtp_journey_stage": "Consideration",
                     *             "rtp_website_intent_score": 42,
                     *             "rtp_bombora_intent_score": 31,
                     *             "rtp_g2_intent_score": 0,
                     *             "rtp_advertising_activity_score": 55,
                     *             "rtp_last_account_date": "2026-04-30T09:00:00.000Z",
                     *             "customFields": {
                     *               "CONTRACT_VALUE_C": 75000,
                     *               "RENEWAL_DATE_C": null
                     *             },
                     *             "rtp_segments": [
                     *               {
                     *                 "segmentId": "664a1b2c3d4e5f6071829304",
                     *                 "name": "Q2 Target Accounts"
                     *               }
                     *             ]
                     *           }
                     *         ],
                     *         "nextCursor": null,
                     *         "hasNextPage": false,
                     *         "syncTimestamp": "2026-04-30T10:00:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        /** @description One page of a keyset-paginated list (docs/api.md#pagination-and-delta-sync) */
                        data: {
                            data: components["schemas"]["Account"][];
                            /** @description Pass as `cursor` for the next page; null exactly when hasNextPage is false */
                            nextCursor: string | null;
                            hasNextPage: boolean;
                            /**
                             * Format: date-time
                             * @description Pass as `lastSync` on the next delta-sync pass
                             */
                            syncTimestamp: string;
                        };
                    };
                };
            };
            /** @description Invalid limit, cursor, lastSync or domains */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Bad Request",
                     *       "customMessage": "domains must be a JSON array of strings",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    createAccounts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this request safe: the same key and body within 24 hours answer the first answer again (docs/api.md#idempotent-retries) */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "upsert": true,
                 *       "accounts": [
                 *         {
                 *           "domain": "https://www.Acme.com/foo?x=1",
                 *           "name": "Acme Corp",
                 *           "externalId": "crm-001",
                 *           "shortName": "Acme",
                 *           "linkedinUrl": "https://www.linkedin.com/company/acme-corp",
                 *           "tags": [
                 *             "enterprise"
                 *           ],
                 *           "customFields": {
                 *             "CONTRACT_VALUE_C": 75000
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    accounts: {
                        /** @description Normalised (docs/api.md#domains); may be typed as a URL */
                        domain: string;
                        name: string;
                        externalId?: string | null;
                        shortName?: string | null;
                        linkedinUrl?: string | null;
                        tags?: string[] | null;
                        /** @description Values by custom-field key (docs/api.md#custom-field-values); `null` clears one. Text values are at most 4000 characters (singleLineText) or 65535 (multiLineText). */
                        customFields?: {
                            [key: string]: unknown;
                        };
                    }[];
                    /** @description A static, active or draft segment every created or updated account joins */
                    segmentId?: string;
                    /**
                     * @description Update an existing domain instead of failing the item
                     * @default false
                     */
                    upsert?: boolean;
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "data": {
                     *         "results": [
                     *           {
                     *             "rtp_aid": "663abc0e5f1c2a0012345678",
                     *             "domain": "acme.com",
                     *             "status": "created"
                     *           },
                     *           {
                     *             "rtp_aid": "663abc0e5f1c2a0012345679",
                     *             "domain": "globex.com",
                     *             "status": "failed",
                     *             "error": "Account with domain 'globex.com' already exists. Set upsert: true to update this account via this endpoint."
                     *           }
                     *         ],
                     *         "summary": {
                     *           "total": 2,
                     *           "created": 1,
                     *           "updated": 0,
                     *           "failed": 1
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: {
                            results: {
                                /** @description null for a new domain that failed */
                                rtp_aid: string | null;
                                /** @description The normalised domain, or the input when it is invalid */
                                domain: string;
                                /** @enum {unknown} */
                                status: "created" | "updated" | "failed";
                                error?: string;
                            }[];
                            summary: {
                                total: number;
                                created: number;
                                updated: number;
                                failed: number;
                            };
                        };
                    };
                };
            };
            /** @description Schema violation, or the `segmentId` is unknown, not static, or not active/draft */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    listAccountsMissingExternalIds: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A plain array */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/missing-external-ids",
                     *       "data": [
                     *         {
                     *           "rtp_aid": "663abc0e5f1c2a0012345678",
                     *           "name": "Acme Corp",
                     *           "domain": "acme.com"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: {
                            rtp_aid: string;
                            name: string;
                            domain: string;
                        }[];
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/missing-external-ids",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/missing-external-ids",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/missing-external-ids",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/missing-external-ids",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/missing-external-ids",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/missing-external-ids",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    mapAccountExternalIds: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this request safe: the same key and body within 24 hours answer the first answer again (docs/api.md#idempotent-retries) */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "mappings": [
                 *         {
                 *           "domain": "acme.com",
                 *           "externalId": "crm-001"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    mappings: {
                        domain: string;
                        externalId: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description What the mappings matched and changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/external-ids",
                     *       "data": {
                     *         "matched": 1,
                     *         "updated": 1,
                     *         "notFound": [
                     *           "unknown.example"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: {
                            /** @description Accounts found */
                            matched: number;
                            /** @description Accounts whose externalId changed */
                            updated: number;
                            /** @description Input domains with no account */
                            notFound: string[];
                        };
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/external-ids",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/external-ids",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/external-ids",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/external-ids",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/external-ids",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/external-ids",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/external-ids",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/external-ids",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    listDeals: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description The previous page’s `nextCursor` (opaque; at most 512 characters, anything else answers `Invalid cursor`) */
                cursor?: string;
                /** @description ISO 8601 date-time: only records changed strictly after it (pass the last pass’s `syncTimestamp`) */
                lastSync?: string;
                /** @description Only the deals linked to this account (its rtp_aid among `linkedAccounts`), still in change order (extension, issue 12: the console’s account page). An rtp_aid of no account gives an empty page. */
                rtp_aid?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deals */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals",
                     *       "data": {
                     *         "data": [
                     *           {
                     *             "rtp_dealId": "663abc0e5f1c2a00aabbccdd",
                     *             "externalDealId": "deal-42",
                     *             "name": "Acme renewal",
                     *             "amount": 75000,
                     *             "stageId": "proposal",
                     *             "stageLabel": "Proposal",
                     *             "pipelineId": "sales",
                     *             "pipelineLabel": "Sales",
                     *             "startDate": "2026-01-15",
                     *             "closedDate": null,
                     *             "ownerName": "Dana Rep",
                     *             "ownerEmail": "dana@example.com",
                     *             "ownerId": "u-7",
                     *             "dealCurrencyCode": "USD",
                     *             "associatedAccounts": [
                     *               {
                     *                 "externalId": "crm-001",
                     *                 "domain": "acme.com",
                     *                 "name": "Acme Corp"
                     *               }
                     *             ],
                     *             "linkedAccounts": [
                     *               {
                     *                 "rtp_aid": "663abc0e5f1c2a0012345678",
                     *                 "domain": "acme.com"
                     *               }
                     *             ],
                     *             "unlinkedAssociations": [],
                     *             "stageHistory": [
                     *               {
                     *                 "stageId": "proposal",
                     *                 "stageLabel": "Proposal",
                     *                 "pipelineId": "sales",
                     *                 "enteredAt": "2026-04-30T10:00:00.000Z"
                     *               }
                     *             ],
                     *             "createdAt": "2026-04-30T10:00:00.000Z",
                     *             "updatedAt": "2026-04-30T10:00:00.000Z"
                     *           }
                     *         ],
                     *         "nextCursor": null,
                     *         "hasNextPage": false,
                     *         "syncTimestamp": "2026-04-30T10:00:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        /** @description One page of a keyset-paginated list (docs/api.md#pagination-and-delta-sync) */
                        data: {
                            data: components["schemas"]["Deal"][];
                            /** @description Pass as `cursor` for the next page; null exactly when hasNextPage is false */
                            nextCursor: string | null;
                            hasNextPage: boolean;
                            /**
                             * Format: date-time
                             * @description Pass as `lastSync` on the next delta-sync pass
                             */
                            syncTimestamp: string;
                        };
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    pushDeals: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this request safe: the same key and body within 24 hours answer the first answer again (docs/api.md#idempotent-retries) */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "deals": [
                 *         {
                 *           "externalDealId": "deal-42",
                 *           "name": "Acme renewal",
                 *           "amount": 75000,
                 *           "stageId": "proposal",
                 *           "stageLabel": "Proposal",
                 *           "pipelineId": "sales",
                 *           "pipelineLabel": "Sales",
                 *           "startDate": "2026-01-15",
                 *           "ownerName": "Dana Rep",
                 *           "ownerEmail": "dana@example.com",
                 *           "dealCurrencyCode": "USD",
                 *           "associatedAccounts": [
                 *             {
                 *               "externalId": "crm-001",
                 *               "domain": "acme.com",
                 *               "name": "Acme Corp"
                 *             }
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    deals: {
                        externalDealId: string;
                        name: string;
                        amount?: number | null;
                        stageId?: string | null;
                        stageLabel?: string | null;
                        pipelineId?: string | null;
                        pipelineLabel?: string | null;
                        startDate?: string | null;
                        closedDate?: string | null;
                        ownerName?: string | null;
                        /** Format: email */
                        ownerEmail?: string | null;
                        ownerId?: string | null;
                        dealCurrencyCode?: string | null;
                        associatedAccounts?: {
                            externalId?: string | null;
                            domain?: string | null;
                            name?: string | null;
                        }[] | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals",
                     *       "data": {
                     *         "results": [
                     *           {
                     *             "externalDealId": "deal-42",
                     *             "status": "created"
                     *           },
                     *           {
                     *             "externalDealId": "deal-43",
                     *             "status": "failed",
                     *             "error": "Invalid domain 'not a domain'"
                     *           }
                     *         ],
                     *         "summary": {
                     *           "total": 2,
                     *           "created": 1,
                     *           "updated": 0,
                     *           "failed": 1
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: {
                            results: {
                                externalDealId: string;
                                /** @enum {unknown} */
                                status: "created" | "updated" | "failed";
                                error?: string;
                            }[];
                            summary: {
                                total: number;
                                created: number;
                                updated: number;
                                failed: number;
                            };
                        };
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    getDeal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                externalDealId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals/deal-42",
                     *       "data": {
                     *         "rtp_dealId": "663abc0e5f1c2a00aabbccdd",
                     *         "externalDealId": "deal-42",
                     *         "name": "Acme renewal",
                     *         "amount": 75000,
                     *         "stageId": "proposal",
                     *         "stageLabel": "Proposal",
                     *         "pipelineId": "sales",
                     *         "pipelineLabel": "Sales",
                     *         "startDate": "2026-01-15",
                     *         "closedDate": null,
                     *         "ownerName": "Dana Rep",
                     *         "ownerEmail": "dana@example.com",
                     *         "ownerId": "u-7",
                     *         "dealCurrencyCode": "USD",
                     *         "associatedAccounts": [
                     *           {
                     *             "externalId": "crm-001",
                     *             "domain": "acme.com",
                     *             "name": "Acme Corp"
                     *           }
                     *         ],
                     *         "linkedAccounts": [
                     *           {
                     *             "rtp_aid": "663abc0e5f1c2a0012345678",
                     *             "domain": "acme.com"
                     *           }
                     *         ],
                     *         "unlinkedAssociations": [],
                     *         "stageHistory": [
                     *           {
                     *             "stageId": "proposal",
                     *             "stageLabel": "Proposal",
                     *             "pipelineId": "sales",
                     *             "enteredAt": "2026-04-30T10:00:00.000Z"
                     *           }
                     *         ],
                     *         "createdAt": "2026-04-30T10:00:00.000Z",
                     *         "updatedAt": "2026-04-30T10:00:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: components["schemas"]["Deal"];
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals/deal-42",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals/deal-42",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals/deal-42",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No deal with this externalDealId in the key’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals/deal-42",
                     *       "message": "Not Found",
                     *       "customMessage": "Deal not found",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals/deal-42",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals/deal-42",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals/deal-42",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    deleteDeal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                externalDealId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted deal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals/deal-42",
                     *       "data": {
                     *         "externalDealId": "deal-42",
                     *         "deletedAt": "2026-04-30T10:00:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: {
                            externalDealId: string;
                            /** Format: date-time */
                            deletedAt: string;
                        };
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals/deal-42",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals/deal-42",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals/deal-42",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No deal with this externalDealId in the key’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals/deal-42",
                     *       "message": "Not Found",
                     *       "customMessage": "Deal not found",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals/deal-42",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals/deal-42",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals/deal-42",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals/deal-42",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals/deal-42",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    listJourneyStages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Stage names in funnel order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/journey-stages",
                     *       "data": [
                     *         "Unaware",
                     *         "Aware",
                     *         "Consideration",
                     *         "Opportunity",
                     *         "Customer"
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: string[];
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/journey-stages",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/journey-stages",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/journey-stages",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/journey-stages",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/journey-stages",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/journey-stages",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    getJourneyFunnel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The funnel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/journey/funnel",
                     *       "data": {
                     *         "stages": [
                     *           {
                     *             "stage": "Unaware",
                     *             "accounts": 812
                     *           },
                     *           {
                     *             "stage": "Aware",
                     *             "accounts": 240
                     *           },
                     *           {
                     *             "stage": "Consideration",
                     *             "accounts": 96
                     *           },
                     *           {
                     *             "stage": "Opportunity",
                     *             "accounts": 31
                     *           },
                     *           {
                     *             "stage": "Customer",
                     *             "accounts": 12
                     *           }
                     *         ],
                     *         "totalAccounts": 1191
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: components["schemas"]["JourneyFunnel"];
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/journey/funnel",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/journey/funnel",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/journey/funnel",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/journey/funnel",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/journey/funnel",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/journey/funnel",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    getJourneyMovements: {
        parameters: {
            query?: {
                /** @description How many ISO weeks, the current one included (1–52, default 26) */
                weeks?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The movements, oldest week first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/journey/movements",
                     *       "data": {
                     *         "stages": [
                     *           "Unaware",
                     *           "Aware",
                     *           "Consideration",
                     *           "Opportunity",
                     *           "Customer"
                     *         ],
                     *         "weeks": [
                     *           {
                     *             "weekStart": "2026-11-30T00:00:00.000Z",
                     *             "movements": [
                     *               {
                     *                 "stage": "Unaware",
                     *                 "entered": 0,
                     *                 "left": 14
                     *               },
                     *               {
                     *                 "stage": "Aware",
                     *                 "entered": 14,
                     *                 "left": 3
                     *               },
                     *               {
                     *                 "stage": "Consideration",
                     *                 "entered": 3,
                     *                 "left": 0
                     *               },
                     *               {
                     *                 "stage": "Opportunity",
                     *                 "entered": 0,
                     *                 "left": 0
                     *               },
                     *               {
                     *                 "stage": "Customer",
                     *                 "entered": 0,
                     *                 "left": 0
                     *               }
                     *             ]
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: components["schemas"]["JourneyMovements"];
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/journey/movements",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/journey/movements",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/journey/movements",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/journey/movements",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/journey/movements",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/journey/movements",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    createSalesActivities: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this request safe: the same key and body within 24 hours answer the first answer again (docs/api.md#idempotent-retries) */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "activities": [
                 *         {
                 *           "externalActivityId": "call-1",
                 *           "activityType": "call",
                 *           "occurredAt": "2026-04-29T15:30:00Z",
                 *           "domain": "acme.com",
                 *           "ownerEmail": "dana@example.com",
                 *           "contacts": [
                 *             {
                 *               "email": "pat@acme.com",
                 *               "name": "Pat Buyer",
                 *               "title": "VP Operations"
                 *             }
                 *           ],
                 *           "callTitle": "Renewal check-in",
                 *           "durationMinutes": 25,
                 *           "direction": "outbound"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    activities: {
                        externalActivityId: string;
                        activityType: string;
                        /** Format: date-time */
                        occurredAt: string;
                        domain: string;
                        /** Format: email */
                        ownerEmail: string;
                        contacts: {
                            /** Format: email */
                            email: string;
                            externalContactId?: string | null;
                            name?: string | null;
                            title?: string | null;
                            department?: string | null;
                            seniority?: string | null;
                            phone?: string | null;
                            linkedinUrl?: string | null;
                        }[];
                        accountName?: string | null;
                        subject?: string | null;
                        ownerName?: string | null;
                        ownerId?: string | null;
                        from?: {
                            name?: string | null;
                            email?: string | null;
                        } | null;
                        callTitle?: string | null;
                        durationMinutes?: number | null;
                        outcome?: string | null;
                        /** @enum {unknown} */
                        direction?: "inbound" | "outbound";
                        openCount?: number | null;
                        clickCount?: number | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/sales-activities",
                     *       "data": {
                     *         "results": [
                     *           {
                     *             "externalActivityId": "call-1",
                     *             "status": "created"
                     *           },
                     *           {
                     *             "externalActivityId": "call-1",
                     *             "status": "failed",
                     *             "error": "Activity with externalActivityId 'call-1' already exists."
                     *           },
                     *           {
                     *             "externalActivityId": "meeting-9",
                     *             "status": "skipped",
                     *             "reason": "Only call and email activity types are supported"
                     *           }
                     *         ],
                     *         "summary": {
                     *           "total": 3,
                     *           "created": 1,
                     *           "failed": 1,
                     *           "skipped": 1
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: {
                            results: {
                                externalActivityId: string;
                                /** @enum {unknown} */
                                status: "created" | "failed" | "skipped";
                                /** @description Why the item failed */
                                error?: string;
                                /** @description Why the item was skipped */
                                reason?: string;
                            }[];
                            summary: {
                                total: number;
                                created: number;
                                failed: number;
                                skipped: number;
                            };
                        };
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/sales-activities",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/sales-activities",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/sales-activities",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/sales-activities",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/sales-activities",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/sales-activities",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/sales-activities",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/sales-activities",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    listAccountActivities: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description The previous page’s `nextCursor` (opaque; at most 512 characters, anything else answers `Invalid cursor`) */
                cursor?: string;
            };
            header?: never;
            path: {
                rtp_aid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of activities */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/663abc0e5f1c2a0012345678/activities",
                     *       "data": {
                     *         "data": [
                     *           {
                     *             "rtp_activityId": "663abc0e5f1c2a00cafe0001",
                     *             "externalActivityId": "call-1",
                     *             "activityType": "call",
                     *             "occurredAt": "2026-04-29T15:30:00.000Z",
                     *             "domain": "acme.com",
                     *             "accountName": "Acme Corp",
                     *             "subject": "Renewal check-in",
                     *             "ownerEmail": "dana@example.com",
                     *             "ownerName": "Dana Rep",
                     *             "ownerId": "u-7",
                     *             "from": null,
                     *             "callTitle": "Renewal check-in",
                     *             "durationMinutes": 25,
                     *             "outcome": "connected",
                     *             "direction": "outbound",
                     *             "openCount": null,
                     *             "clickCount": null,
                     *             "contacts": [
                     *               {
                     *                 "email": "pat@acme.com",
                     *                 "externalContactId": "c-19",
                     *                 "name": "Pat Buyer",
                     *                 "title": "VP Operations",
                     *                 "department": "Operations",
                     *                 "seniority": "VP",
                     *                 "phone": null,
                     *                 "linkedinUrl": null
                     *               }
                     *             ],
                     *             "createdAt": "2026-04-30T10:00:00.000Z"
                     *           }
                     *         ],
                     *         "nextCursor": null,
                     *         "hasNextPage": false,
                     *         "syncTimestamp": "2026-04-30T10:00:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        /** @description One page of a keyset-paginated list (docs/api.md#pagination-and-delta-sync) */
                        data: {
                            data: components["schemas"]["SalesActivity"][];
                            /** @description Pass as `cursor` for the next page; null exactly when hasNextPage is false */
                            nextCursor: string | null;
                            hasNextPage: boolean;
                            /**
                             * Format: date-time
                             * @description Pass as `lastSync` on the next delta-sync pass
                             */
                            syncTimestamp: string;
                        };
                    };
                };
            };
            /** @description Invalid rtp_aid format, limit or cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/663abc0e5f1c2a0012345678/activities",
                     *       "message": "Bad Request",
                     *       "customMessage": "Invalid rtp_aid format",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/663abc0e5f1c2a0012345678/activities",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/663abc0e5f1c2a0012345678/activities",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No account with this id in the key’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/663abc0e5f1c2a0012345678/activities",
                     *       "message": "Not Found",
                     *       "customMessage": "Account not found",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/663abc0e5f1c2a0012345678/activities",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/663abc0e5f1c2a0012345678/activities",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/663abc0e5f1c2a0012345678/activities",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    createSignals: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this request safe: the same key and body within 24 hours answer the first answer again (docs/api.md#idempotent-retries) */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    signals: {
                        /** @enum {unknown} */
                        source: "website" | "g2" | "bombora" | "linkedin";
                        domain: string;
                        type: string;
                        /** Format: date-time */
                        occurredAt: string;
                        /** @default 1 */
                        count?: number;
                        externalSignalId?: string | null;
                        url?: string | null;
                        topic?: string | null;
                        score?: number | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description One result per input signal, in input order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/signals",
                     *       "data": {
                     *         "results": [
                     *           {
                     *             "index": 0,
                     *             "status": "created"
                     *           },
                     *           {
                     *             "index": 1,
                     *             "status": "skipped",
                     *             "reason": "Duplicate signal"
                     *           }
                     *         ],
                     *         "summary": {
                     *           "total": 2,
                     *           "created": 1,
                     *           "skipped": 1,
                     *           "failed": 0
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: {
                            results: {
                                /** @description The signal’s position in the request */
                                index: number;
                                /** @enum {unknown} */
                                status: "created" | "skipped" | "failed";
                                /** @description Why the signal failed */
                                error?: string;
                                /** @description Why the signal was skipped, e.g. `Duplicate signal` */
                                reason?: string;
                            }[];
                            summary: {
                                total: number;
                                created: number;
                                skipped: number;
                                failed: number;
                            };
                        };
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/signals",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/signals",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/signals",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/signals",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/signals",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/signals",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/signals",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/signals",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    deleteAccounts: {
        parameters: {
            query?: {
                /** @description Also remove the signals and sales activities keyed by the account’s domain */
                purge?: boolean;
            };
            header?: {
                /** @description Makes a retry of this request safe: the same key and body within 24 hours answer the first answer again (docs/api.md#idempotent-retries) */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description Exactly one of `domains` and `rtp_aids`, 1–100 entries */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "domains": [
                 *         "acme.com",
                 *         "globex.com"
                 *       ]
                 *     }
                 */
                "application/json": {
                    domains?: string[];
                    rtp_aids?: string[];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/delete",
                     *       "data": {
                     *         "results": [
                     *           {
                     *             "rtp_aid": "663abc0e5f1c2a0012345678",
                     *             "domain": "acme.com",
                     *             "status": "deleted"
                     *           },
                     *           {
                     *             "rtp_aid": null,
                     *             "domain": "globex.com",
                     *             "status": "failed",
                     *             "error": "Account not found"
                     *           }
                     *         ],
                     *         "summary": {
                     *           "total": 2,
                     *           "deleted": 1,
                     *           "failed": 1
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: {
                            results: {
                                rtp_aid: string | null;
                                domain: string | null;
                                status: "deleted" | "failed";
                                error?: string;
                            }[];
                            summary: {
                                total: number;
                                deleted: number;
                                failed: number;
                            };
                        };
                    };
                };
            };
            /** @description Schema violation, or both or neither of `domains` and `rtp_aids` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/delete",
                     *       "message": "Bad Request",
                     *       "customMessage": "Send either domains or rtp_aids, not both",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/delete",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/delete",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/delete",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/delete",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/delete",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/delete",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/delete",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    listDeletedAccounts: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description The previous page’s `nextCursor` (opaque; at most 512 characters, anything else answers `Invalid cursor`) */
                cursor?: string;
                /** @description ISO 8601 date-time: only records changed strictly after it (pass the last pass’s `syncTimestamp`) */
                lastSync?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deleted accounts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/deleted",
                     *       "data": {
                     *         "data": [
                     *           {
                     *             "rtp_aid": "663abc0e5f1c2a0012345678",
                     *             "domain": "acme.com",
                     *             "externalId": "crm-001",
                     *             "deletedAt": "2026-04-30T10:00:00.000Z"
                     *           }
                     *         ],
                     *         "nextCursor": null,
                     *         "hasNextPage": false,
                     *         "syncTimestamp": "2026-04-30T10:00:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        /** @description One page of a keyset-paginated list (docs/api.md#pagination-and-delta-sync) */
                        data: {
                            data: {
                                rtp_aid: string;
                                domain: string | null;
                                externalId: string | null;
                                /** Format: date-time */
                                deletedAt: string;
                            }[];
                            /** @description Pass as `cursor` for the next page; null exactly when hasNextPage is false */
                            nextCursor: string | null;
                            hasNextPage: boolean;
                            /**
                             * Format: date-time
                             * @description Pass as `lastSync` on the next delta-sync pass
                             */
                            syncTimestamp: string;
                        };
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/deleted",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/deleted",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/deleted",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description `lastSync` is older than the 90 days tombstones are kept: run a full sync */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 410,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/deleted",
                     *       "message": "Gone",
                     *       "customMessage": "lastSync is older than the deletion history (90 days): run a full sync",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["GoneError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/deleted",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/deleted",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/deleted",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    eraseContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                email: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/contacts/jane@acme.com",
                     *       "data": {
                     *         "email": "jane@acme.com",
                     *         "recordsChanged": {
                     *           "contacts": 1,
                     *           "activityContacts": 3,
                     *           "activities": 0,
                     *           "deals": 0
                     *         },
                     *         "total": 4
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: {
                            email: string;
                            recordsChanged: {
                                contacts: number;
                                /** @description Links between the contact and activities */
                                activityContacts: number;
                                /** @description Activities it sent or owns, now without its name and address */
                                activities: number;
                                /** @description Deals it owns, now without owner */
                                deals: number;
                            };
                            total: number;
                        };
                    };
                };
            };
            /** @description Not an email address */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/contacts/jane@acme.com",
                     *       "message": "Bad Request",
                     *       "customMessage": "Invalid email 'jane'",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/contacts/jane@acme.com",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/contacts/jane@acme.com",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/contacts/jane@acme.com",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/contacts/jane@acme.com",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/contacts/jane@acme.com",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/contacts/jane@acme.com",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/contacts/jane@acme.com",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    listDeletedDeals: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description The previous page’s `nextCursor` (opaque; at most 512 characters, anything else answers `Invalid cursor`) */
                cursor?: string;
                /** @description ISO 8601 date-time: only records changed strictly after it (pass the last pass’s `syncTimestamp`) */
                lastSync?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deleted deals */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals/deleted",
                     *       "data": {
                     *         "data": [
                     *           {
                     *             "externalDealId": "deal-42",
                     *             "deletedAt": "2026-04-30T10:00:00.000Z"
                     *           }
                     *         ],
                     *         "nextCursor": null,
                     *         "hasNextPage": false,
                     *         "syncTimestamp": "2026-04-30T10:00:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        /** @description One page of a keyset-paginated list (docs/api.md#pagination-and-delta-sync) */
                        data: {
                            data: {
                                externalDealId: string;
                                /** Format: date-time */
                                deletedAt: string;
                            }[];
                            /** @description Pass as `cursor` for the next page; null exactly when hasNextPage is false */
                            nextCursor: string | null;
                            hasNextPage: boolean;
                            /**
                             * Format: date-time
                             * @description Pass as `lastSync` on the next delta-sync pass
                             */
                            syncTimestamp: string;
                        };
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals/deleted",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals/deleted",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals/deleted",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description `lastSync` is older than the 90 days tombstones are kept: run a full sync */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 410,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals/deleted",
                     *       "message": "Gone",
                     *       "customMessage": "lastSync is older than the deletion history (90 days): run a full sync",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["GoneError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals/deleted",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals/deleted",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deals/deleted",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    getAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rtp_aid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/663abc0e5f1c2a0012345678",
                     *       "data": {
                     *         "rtp_aid": "663abc0e5f1c2a0012345678",
                     *         "externalId": "crm-001",
                     *         "name": "Acme Corp",
                     *         "domain": "acme.com",
                     *         "shortName": "Acme",
                     *         "linkedinUrl": "https://www.linkedin.com/company/acme-corp",
                     *         "tags": [
                     *           "enterprise"
                     *         ],
                     *         "rtp_account_score": 78,
                     *         "rtp_journey_stage": "Consideration",
                     *         "rtp_website_intent_score": 42,
                     *         "rtp_bombora_intent_score": 31,
                     *         "rtp_g2_intent_score": 0,
                     *         "rtp_advertising_activity_score": 55,
                     *         "rtp_last_account_date": "2026-04-30T09:00:00.000Z",
                     *         "customFields": {
                     *           "CONTRACT_VALUE_C": 75000,
                     *           "RENEWAL_DATE_C": null
                     *         },
                     *         "rtp_segments": [
                     *           {
                     *             "segmentId": "664a1b2c3d4e5f6071829304",
                     *             "name": "Q2 Target Accounts"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: components["schemas"]["Account"];
                    };
                };
            };
            /** @description Invalid rtp_aid format, or a custom-field key or value the workspace does not accept */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/663abc0e5f1c2a0012345678",
                     *       "message": "Bad Request",
                     *       "customMessage": "Invalid rtp_aid format",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/663abc0e5f1c2a0012345678",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/663abc0e5f1c2a0012345678",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No account with this id in the key’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/663abc0e5f1c2a0012345678",
                     *       "message": "Not Found",
                     *       "customMessage": "Account not found",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/663abc0e5f1c2a0012345678",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/663abc0e5f1c2a0012345678",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/663abc0e5f1c2a0012345678",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    updateAccountCustomFields: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this request safe: the same key and body within 24 hours answer the first answer again (docs/api.md#idempotent-retries) */
                "idempotency-key"?: string;
            };
            path: {
                rtp_aid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "customFields": {
                 *         "CONTRACT_VALUE_C": 80000,
                 *         "RENEWAL_DATE_C": null
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description Values by custom-field key (docs/api.md#custom-field-values); `null` clears one. Text values are at most 4000 characters (singleLineText) or 65535 (multiLineText). */
                    customFields: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description The custom fields were merged */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/663abc0e5f1c2a0012345678",
                     *       "data": {
                     *         "message": "Account updated successfully"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: {
                            /** @enum {string} */
                            message: "Account updated successfully";
                        };
                    };
                };
            };
            /** @description Invalid rtp_aid format, another body field, an unknown custom-field key, or a value of the wrong type */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/663abc0e5f1c2a0012345678",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/663abc0e5f1c2a0012345678",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/663abc0e5f1c2a0012345678",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No account with this id in the key’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/663abc0e5f1c2a0012345678",
                     *       "message": "Not Found",
                     *       "customMessage": "Account not found",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/663abc0e5f1c2a0012345678",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/663abc0e5f1c2a0012345678",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/663abc0e5f1c2a0012345678",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/663abc0e5f1c2a0012345678",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/663abc0e5f1c2a0012345678",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    deleteAccount: {
        parameters: {
            query?: {
                /** @description Also remove the signals and sales activities keyed by the account’s domain */
                purge?: boolean;
            };
            header?: never;
            path: {
                rtp_aid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted account */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/663abc0e5f1c2a0012345678",
                     *       "data": {
                     *         "rtp_aid": "663abc0e5f1c2a0012345678",
                     *         "domain": "acme.com",
                     *         "externalId": "crm-001",
                     *         "deletedAt": "2026-04-30T10:00:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: {
                            rtp_aid: string;
                            domain: string;
                            externalId: string | null;
                            /** Format: date-time */
                            deletedAt: string;
                            /** @description With `?purge=true`: the records removed */
                            purged?: {
                                signals: number;
                                activities: number;
                            };
                        };
                    };
                };
            };
            /** @description Invalid rtp_aid format */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/663abc0e5f1c2a0012345678",
                     *       "message": "Bad Request",
                     *       "customMessage": "Invalid rtp_aid format",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/663abc0e5f1c2a0012345678",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/663abc0e5f1c2a0012345678",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No such account in the key’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/663abc0e5f1c2a0012345678",
                     *       "message": "Not Found",
                     *       "customMessage": "Account not found",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/663abc0e5f1c2a0012345678",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/663abc0e5f1c2a0012345678",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/663abc0e5f1c2a0012345678",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/663abc0e5f1c2a0012345678",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/663abc0e5f1c2a0012345678",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description The previous page’s `nextCursor` (opaque; at most 512 characters, anything else answers `Invalid cursor`) */
                cursor?: string;
                /** @description ISO 8601 date-time: only records changed strictly after it (pass the last pass’s `syncTimestamp`) */
                lastSync?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the audit trail */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/audit-events",
                     *       "data": {
                     *         "data": [
                     *           {
                     *             "id": "674f1a2b3c4d5e6f70818283",
                     *             "occurredAt": "2026-04-30T10:00:00.000Z",
                     *             "actor": "key:ib_Ab12",
                     *             "address": "203.0.113.7",
                     *             "action": "account.deleted",
                     *             "target": "663abc0e5f1c2a0012345678",
                     *             "details": {
                     *               "domain": "acme.com",
                     *               "externalId": null,
                     *               "purge": false
                     *             }
                     *           }
                     *         ],
                     *         "nextCursor": null,
                     *         "hasNextPage": false,
                     *         "syncTimestamp": "2026-04-30T10:00:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        /** @description One page of a keyset-paginated list (docs/api.md#pagination-and-delta-sync) */
                        data: {
                            data: {
                                id: string;
                                /** Format: date-time */
                                occurredAt: string;
                                /** @description `user:<email>` (console), `key:<key prefix>` (API key) or `cli` (the intentbase command) */
                                actor: string;
                                /** @description The client address of the request */
                                address: string | null;
                                /** @description e.g. `key.issued`, `scoring.settings_changed`, `account.deleted` (docs/api.md#audit-trail) */
                                action: string;
                                target: string | null;
                                /** @description Before/after where it fits */
                                details: {
                                    [key: string]: unknown;
                                } | null;
                            }[];
                            /** @description Pass as `cursor` for the next page; null exactly when hasNextPage is false */
                            nextCursor: string | null;
                            hasNextPage: boolean;
                            /**
                             * Format: date-time
                             * @description Pass as `lastSync` on the next delta-sync pass
                             */
                            syncTimestamp: string;
                        };
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/audit-events",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/audit-events",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/audit-events",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/audit-events",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/audit-events",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/audit-events",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    listDealStages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A plain array of pipelines */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deal-stages",
                     *       "data": [
                     *         {
                     *           "pipelineId": "sales",
                     *           "pipelineLabel": "Sales",
                     *           "stages": [
                     *             {
                     *               "stageId": "qualified",
                     *               "stageLabel": "Qualified"
                     *             },
                     *             {
                     *               "stageId": "proposal",
                     *               "stageLabel": "Proposal"
                     *             },
                     *             {
                     *               "stageId": "won",
                     *               "stageLabel": "Closed Won"
                     *             },
                     *             {
                     *               "stageId": "lost",
                     *               "stageLabel": "Closed Lost"
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: components["schemas"]["Pipeline"][];
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deal-stages",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deal-stages",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deal-stages",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deal-stages",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deal-stages",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deal-stages",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    createDealStages: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this request safe: the same key and body within 24 hours answer the first answer again (docs/api.md#idempotent-retries) */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "pipelines": [
                 *         {
                 *           "pipelineId": "sales",
                 *           "pipelineLabel": "Sales",
                 *           "stages": [
                 *             {
                 *               "stageId": "qualified",
                 *               "stageLabel": "Qualified"
                 *             },
                 *             {
                 *               "stageId": "won",
                 *               "stageLabel": "Closed Won"
                 *             }
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    pipelines: {
                        pipelineId: string;
                        pipelineLabel: string;
                        stages: {
                            stageId: string;
                            stageLabel: string;
                        }[];
                    }[];
                };
            };
        };
        responses: {
            /** @description Every pipeline was created */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deal-stages",
                     *       "data": {
                     *         "results": [
                     *           {
                     *             "pipelineId": "sales",
                     *             "status": "created"
                     *           }
                     *         ],
                     *         "summary": {
                     *           "total": 1,
                     *           "created": 1
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: {
                            results: {
                                pipelineId: string;
                                /** @enum {string} */
                                status: "created";
                            }[];
                            summary: {
                                total: number;
                                created: number;
                            };
                        };
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deal-stages",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deal-stages",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deal-stages",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description A pipelineId exists already or repeats within the request; nothing was created */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deal-stages",
                     *       "message": "Conflict",
                     *       "customMessage": "Pipeline(s) already exist: sales",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deal-stages",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deal-stages",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deal-stages",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deal-stages",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deal-stages",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    updateDealStages: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this request safe: the same key and body within 24 hours answer the first answer again (docs/api.md#idempotent-retries) */
                "idempotency-key"?: string;
            };
            path: {
                pipelineId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    pipelineLabel: string;
                    stages: {
                        stageId: string;
                        stageLabel: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description The pipeline as stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deal-stages/sales",
                     *       "data": {
                     *         "pipelineId": "sales",
                     *         "pipelineLabel": "Sales",
                     *         "stages": [
                     *           {
                     *             "stageId": "qualified",
                     *             "stageLabel": "Qualified"
                     *           },
                     *           {
                     *             "stageId": "proposal",
                     *             "stageLabel": "Proposal"
                     *           },
                     *           {
                     *             "stageId": "won",
                     *             "stageLabel": "Closed Won"
                     *           },
                     *           {
                     *             "stageId": "lost",
                     *             "stageLabel": "Closed Lost"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: components["schemas"]["Pipeline"];
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deal-stages/sales",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deal-stages/sales",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deal-stages/sales",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No pipeline with this id in the key’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deal-stages/sales",
                     *       "message": "Not Found",
                     *       "customMessage": "Pipeline not found",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deal-stages/sales",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deal-stages/sales",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deal-stages/sales",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deal-stages/sales",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/deal-stages/sales",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    listScoringRuns: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The previous page’s `nextCursor` (opaque; at most 512 characters, anything else answers `Invalid cursor`) */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of runs, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        /** @description One page of a keyset-paginated list (docs/api.md#pagination-and-delta-sync) */
                        data: {
                            data: components["schemas"]["ScoringRun"][];
                            /** @description Pass as `cursor` for the next page; null exactly when hasNextPage is false */
                            nextCursor: string | null;
                            hasNextPage: boolean;
                            /**
                             * Format: date-time
                             * @description Pass as `lastSync` on the next delta-sync pass
                             */
                            syncTimestamp: string;
                        };
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/scoring/runs",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/scoring/runs",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/scoring/runs",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/scoring/runs",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/scoring/runs",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/scoring/runs",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    startScoringRun: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this request safe: the same key and body within 24 hours answer the first answer again (docs/api.md#idempotent-retries) */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    full?: boolean;
                };
            };
        };
        responses: {
            /** @description The run started, or the one already in progress */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: components["schemas"]["StartedScoringRun"];
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/scoring/runs",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/scoring/runs",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/scoring/runs",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/scoring/runs",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/scoring/runs",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/scoring/runs",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/scoring/runs",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/scoring/runs",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    getScoringConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: {
                            config: components["schemas"]["ScoringConfig"];
                            overrides: {
                                sources?: {
                                    website?: {
                                        enabled?: boolean;
                                        weight?: number;
                                        halfLifeDays?: number;
                                        types?: {
                                            page_view?: {
                                                increment?: number;
                                                cap?: number | null;
                                                halfLifeDays?: number | null;
                                            };
                                            high_intent_page_view?: {
                                                increment?: number;
                                                cap?: number | null;
                                                halfLifeDays?: number | null;
                                            };
                                            form_submit?: {
                                                increment?: number;
                                                cap?: number | null;
                                                halfLifeDays?: number | null;
                                            };
                                        };
                                    };
                                    g2?: {
                                        enabled?: boolean;
                                        weight?: number;
                                        halfLifeDays?: number;
                                        types?: {
                                            category_view?: {
                                                increment?: number;
                                                cap?: number | null;
                                                halfLifeDays?: number | null;
                                            };
                                            comparison_view?: {
                                                increment?: number;
                                                cap?: number | null;
                                                halfLifeDays?: number | null;
                                            };
                                            alternatives_view?: {
                                                increment?: number;
                                                cap?: number | null;
                                                halfLifeDays?: number | null;
                                            };
                                            profile_view?: {
                                                increment?: number;
                                                cap?: number | null;
                                                halfLifeDays?: number | null;
                                            };
                                            pricing_view?: {
                                                increment?: number;
                                                cap?: number | null;
                                                halfLifeDays?: number | null;
                                            };
                                        };
                                    };
                                    linkedin?: {
                                        enabled?: boolean;
                                        weight?: number;
                                        halfLifeDays?: number;
                                        types?: {
                                            impression?: {
                                                increment?: number;
                                                cap?: number | null;
                                                halfLifeDays?: number | null;
                                            };
                                            click?: {
                                                increment?: number;
                                                cap?: number | null;
                                                halfLifeDays?: number | null;
                                            };
                                            engagement?: {
                                                increment?: number;
                                                cap?: number | null;
                                                halfLifeDays?: number | null;
                                            };
                                            video_view?: {
                                                increment?: number;
                                                cap?: number | null;
                                                halfLifeDays?: number | null;
                                            };
                                            lead_form_submit?: {
                                                increment?: number;
                                                cap?: number | null;
                                                halfLifeDays?: number | null;
                                            };
                                        };
                                    };
                                    bombora?: {
                                        enabled?: boolean;
                                        weight?: number;
                                        halfLifeDays?: number;
                                        minTopicScore?: number;
                                        topTopics?: number;
                                    };
                                };
                                journey?: {
                                    windowDays?: number;
                                    customerOnWonDeal?: boolean;
                                    opportunityOnOpenDeal?: boolean;
                                    considerationMinScore?: number | null;
                                    considerationMinActivities?: number | null;
                                    awareMinScore?: number | null;
                                    awareMinActivities?: number | null;
                                    awareOnSignal?: boolean;
                                };
                            };
                            defaults: components["schemas"]["ScoringConfig"];
                        };
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/scoring/config",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/scoring/config",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/scoring/config",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/scoring/config",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/scoring/config",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/scoring/config",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    putScoringConfig: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this request safe: the same key and body within 24 hours answer the first answer again (docs/api.md#idempotent-retries) */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    sources?: {
                        website?: {
                            enabled?: boolean;
                            weight?: number;
                            halfLifeDays?: number;
                            types?: {
                                page_view?: {
                                    increment?: number;
                                    cap?: number | null;
                                    halfLifeDays?: number | null;
                                };
                                high_intent_page_view?: {
                                    increment?: number;
                                    cap?: number | null;
                                    halfLifeDays?: number | null;
                                };
                                form_submit?: {
                                    increment?: number;
                                    cap?: number | null;
                                    halfLifeDays?: number | null;
                                };
                            };
                        };
                        g2?: {
                            enabled?: boolean;
                            weight?: number;
                            halfLifeDays?: number;
                            types?: {
                                category_view?: {
                                    increment?: number;
                                    cap?: number | null;
                                    halfLifeDays?: number | null;
                                };
                                comparison_view?: {
                                    increment?: number;
                                    cap?: number | null;
                                    halfLifeDays?: number | null;
                                };
                                alternatives_view?: {
                                    increment?: number;
                                    cap?: number | null;
                                    halfLifeDays?: number | null;
                                };
                                profile_view?: {
                                    increment?: number;
                                    cap?: number | null;
                                    halfLifeDays?: number | null;
                                };
                                pricing_view?: {
                                    increment?: number;
                                    cap?: number | null;
                                    halfLifeDays?: number | null;
                                };
                            };
                        };
                        linkedin?: {
                            enabled?: boolean;
                            weight?: number;
                            halfLifeDays?: number;
                            types?: {
                                impression?: {
                                    increment?: number;
                                    cap?: number | null;
                                    halfLifeDays?: number | null;
                                };
                                click?: {
                                    increment?: number;
                                    cap?: number | null;
                                    halfLifeDays?: number | null;
                                };
                                engagement?: {
                                    increment?: number;
                                    cap?: number | null;
                                    halfLifeDays?: number | null;
                                };
                                video_view?: {
                                    increment?: number;
                                    cap?: number | null;
                                    halfLifeDays?: number | null;
                                };
                                lead_form_submit?: {
                                    increment?: number;
                                    cap?: number | null;
                                    halfLifeDays?: number | null;
                                };
                            };
                        };
                        bombora?: {
                            enabled?: boolean;
                            weight?: number;
                            halfLifeDays?: number;
                            minTopicScore?: number;
                            topTopics?: number;
                        };
                    };
                    journey?: {
                        windowDays?: number;
                        customerOnWonDeal?: boolean;
                        opportunityOnOpenDeal?: boolean;
                        considerationMinScore?: number | null;
                        considerationMinActivities?: number | null;
                        awareMinScore?: number | null;
                        awareMinActivities?: number | null;
                        awareOnSignal?: boolean;
                    };
                };
            };
        };
        responses: {
            /** @description The settings now in force */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: {
                            config: components["schemas"]["ScoringConfig"];
                            overrides: {
                                sources?: {
                                    website?: {
                                        enabled?: boolean;
                                        weight?: number;
                                        halfLifeDays?: number;
                                        types?: {
                                            page_view?: {
                                                increment?: number;
                                                cap?: number | null;
                                                halfLifeDays?: number | null;
                                            };
                                            high_intent_page_view?: {
                                                increment?: number;
                                                cap?: number | null;
                                                halfLifeDays?: number | null;
                                            };
                                            form_submit?: {
                                                increment?: number;
                                                cap?: number | null;
                                                halfLifeDays?: number | null;
                                            };
                                        };
                                    };
                                    g2?: {
                                        enabled?: boolean;
                                        weight?: number;
                                        halfLifeDays?: number;
                                        types?: {
                                            category_view?: {
                                                increment?: number;
                                                cap?: number | null;
                                                halfLifeDays?: number | null;
                                            };
                                            comparison_view?: {
                                                increment?: number;
                                                cap?: number | null;
                                                halfLifeDays?: number | null;
                                            };
                                            alternatives_view?: {
                                                increment?: number;
                                                cap?: number | null;
                                                halfLifeDays?: number | null;
                                            };
                                            profile_view?: {
                                                increment?: number;
                                                cap?: number | null;
                                                halfLifeDays?: number | null;
                                            };
                                            pricing_view?: {
                                                increment?: number;
                                                cap?: number | null;
                                                halfLifeDays?: number | null;
                                            };
                                        };
                                    };
                                    linkedin?: {
                                        enabled?: boolean;
                                        weight?: number;
                                        halfLifeDays?: number;
                                        types?: {
                                            impression?: {
                                                increment?: number;
                                                cap?: number | null;
                                                halfLifeDays?: number | null;
                                            };
                                            click?: {
                                                increment?: number;
                                                cap?: number | null;
                                                halfLifeDays?: number | null;
                                            };
                                            engagement?: {
                                                increment?: number;
                                                cap?: number | null;
                                                halfLifeDays?: number | null;
                                            };
                                            video_view?: {
                                                increment?: number;
                                                cap?: number | null;
                                                halfLifeDays?: number | null;
                                            };
                                            lead_form_submit?: {
                                                increment?: number;
                                                cap?: number | null;
                                                halfLifeDays?: number | null;
                                            };
                                        };
                                    };
                                    bombora?: {
                                        enabled?: boolean;
                                        weight?: number;
                                        halfLifeDays?: number;
                                        minTopicScore?: number;
                                        topTopics?: number;
                                    };
                                };
                                journey?: {
                                    windowDays?: number;
                                    customerOnWonDeal?: boolean;
                                    opportunityOnOpenDeal?: boolean;
                                    considerationMinScore?: number | null;
                                    considerationMinActivities?: number | null;
                                    awareMinScore?: number | null;
                                    awareMinActivities?: number | null;
                                    awareOnSignal?: boolean;
                                };
                            };
                            defaults: components["schemas"]["ScoringConfig"];
                        };
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/scoring/config",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/scoring/config",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/scoring/config",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/scoring/config",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/scoring/config",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/scoring/config",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/scoring/config",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/scoring/config",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    backtestScoring: {
        parameters: {
            query?: {
                /** @description Score the accounts as of this moment (ISO 8601 date or date-time, not in the future); default `horizonDays` before now */
                asOf?: string;
                /** @description The outcome: a deal associated with the account opened in (asOf, asOf + horizonDays] */
                horizonDays?: number;
                /** @description Seed of the bootstrap and of the split into halves: the same seed gives the same report */
                seed?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The backtest report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: components["schemas"]["ScoringBacktest"];
                    };
                };
            };
            /** @description `asOf` is not an ISO 8601 date or date-time or is in the future, or `horizonDays` is not 1–3650 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/scoring/backtest",
                     *       "message": "Bad Request",
                     *       "customMessage": "asOf must not be in the future",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/scoring/backtest",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/scoring/backtest",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/scoring/backtest",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/scoring/backtest",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/scoring/backtest",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    explainAccountScore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rtp_aid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The explanation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: components["schemas"]["ScoreExplanation"];
                    };
                };
            };
            /** @description The rtp_aid is not 24 hex characters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/:rtp_aid/score",
                     *       "message": "Bad Request",
                     *       "customMessage": "Invalid rtp_aid format",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/:rtp_aid/score",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/:rtp_aid/score",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No such account in the key’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/:rtp_aid/score",
                     *       "message": "Not Found",
                     *       "customMessage": "Account not found",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/:rtp_aid/score",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/:rtp_aid/score",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/:rtp_aid/score",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    listAccountSignalsPerDay: {
        parameters: {
            query?: {
                /** @description How many days, ending today (UTC), today included */
                days?: number;
            };
            header?: never;
            path: {
                rtp_aid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every day, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: components["schemas"]["AccountSignalDays"];
                    };
                };
            };
            /** @description The rtp_aid is not 24 hex characters, or `days` is not 1–365 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/:rtp_aid/signals/daily",
                     *       "message": "Bad Request",
                     *       "customMessage": "Invalid rtp_aid format",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/:rtp_aid/signals/daily",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/:rtp_aid/signals/daily",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No such account in the key’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/:rtp_aid/signals/daily",
                     *       "message": "Not Found",
                     *       "customMessage": "Account not found",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/:rtp_aid/signals/daily",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/:rtp_aid/signals/daily",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts/:rtp_aid/signals/daily",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    getConsoleSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/console/session",
                     *       "data": {
                     *         "user": {
                     *           "userId": "6571a3f0c2b4d5e6f7a8b9c0",
                     *           "email": "admin@example.com",
                     *           "role": "admin",
                     *           "workspaceId": "6571a3f0c2b4d5e6f7a8b9c1"
                     *         },
                     *         "csrfToken": "Zr3lq0mQx9kq2n8b1Yw6t5Vd4Sa7Pc0Ee2Ff3Gg4Hh5"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: components["schemas"]["ConsoleSession"];
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No console session: none was presented, it has expired or was ended, or the request used an API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Unauthorized",
                     *       "customMessage": "Your session has expired or was ended; sign in again",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInRequest"];
            };
        };
        responses: {
            /** @description Signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/console/session",
                     *       "data": {
                     *         "user": {
                     *           "userId": "6571a3f0c2b4d5e6f7a8b9c0",
                     *           "email": "admin@example.com",
                     *           "role": "admin",
                     *           "workspaceId": "6571a3f0c2b4d5e6f7a8b9c1"
                     *         },
                     *         "csrfToken": "Zr3lq0mQx9kq2n8b1Yw6t5Vd4Sa7Pc0Ee2Ff3Gg4Hh5"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: components["schemas"]["ConsoleSession"];
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Wrong email or password (the same answer for an unknown email) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Unauthorized",
                     *       "customMessage": "Invalid email or password",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Too many failed attempts for this email or from this address; `Retry-After` gives the seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Too many sign-in attempts; retry in 600 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/console/session",
                     *       "data": {
                     *         "signedOut": true
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: components["schemas"]["SignedOut"];
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No console session: none was presented, it has expired or was ended, or the request used an API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Unauthorized",
                     *       "customMessage": "Your session has expired or was ended; sign in again",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    getOwnApiKeyStatus: {
        parameters: {
            query?: {
                /** @description `true`: the user’s read-only key (its writes answer 403) instead of the read-write one */
                readOnly?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key’s status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: components["schemas"]["ApiKeyStatus"];
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No console session: none was presented, it has expired or was ended, or the request used an API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Unauthorized",
                     *       "customMessage": "Your session has expired or was ended; sign in again",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    generateOwnApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description `true`: the user’s read-only key (its writes answer 403) instead of the read-write one */
                    readOnly?: boolean;
                };
            };
        };
        responses: {
            /** @description The new key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: components["schemas"]["GeneratedApiKey"];
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No console session: none was presented, it has expired or was ended, or the request used an API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Unauthorized",
                     *       "customMessage": "Your session has expired or was ended; sign in again",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    listWorkspaceUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The users */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: components["schemas"]["WorkspaceUsers"];
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No console session: none was presented, it has expired or was ended, or the request used an API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Unauthorized",
                     *       "customMessage": "Your session has expired or was ended; sign in again",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description The signed-in user is a member, not an admin; or a write without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Forbidden",
                     *       "customMessage": "This action needs an admin",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    createWorkspaceUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserRequest"];
            };
        };
        responses: {
            /** @description The user, and the generated password if any */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: components["schemas"]["UserPassword"];
                    };
                };
            };
            /** @description A schema violation, or a password under 12 characters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Bad Request",
                     *       "customMessage": "Password must be at least 12 characters long",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No console session: none was presented, it has expired or was ended, or the request used an API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Unauthorized",
                     *       "customMessage": "Your session has expired or was ended; sign in again",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description The signed-in user is a member, not an admin; or a write without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Forbidden",
                     *       "customMessage": "This action needs an admin",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The email already belongs to a user of the workspace */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Conflict",
                     *       "customMessage": "A user with email 'ana@example.com' already exists in this workspace",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    resetWorkspaceUserPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordRequest"];
            };
        };
        responses: {
            /** @description The user, and the generated password if any */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: components["schemas"]["UserPassword"];
                    };
                };
            };
            /** @description The userId is not 24 hex characters, a schema violation, or a password under 12 characters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Bad Request",
                     *       "customMessage": "Invalid userId format",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No console session: none was presented, it has expired or was ended, or the request used an API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Unauthorized",
                     *       "customMessage": "Your session has expired or was ended; sign in again",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description The signed-in user is a member, not an admin; or a write without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Forbidden",
                     *       "customMessage": "This action needs an admin",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No such user in the workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Not Found",
                     *       "customMessage": "User not found",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    removeWorkspaceUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: components["schemas"]["RemovedUser"];
                    };
                };
            };
            /** @description The userId is not 24 hex characters, or it is the signed-in admin’s own */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Bad Request",
                     *       "customMessage": "You cannot remove yourself; ask another admin",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No console session: none was presented, it has expired or was ended, or the request used an API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Unauthorized",
                     *       "customMessage": "Your session has expired or was ended; sign in again",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description The signed-in user is a member, not an admin; or a write without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Forbidden",
                     *       "customMessage": "This action needs an admin",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No such user in the workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Not Found",
                     *       "customMessage": "User not found",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The user is the workspace’s last admin */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Conflict",
                     *       "customMessage": "The last admin of a workspace cannot be removed",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    getWorkspaceSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: components["schemas"]["WorkspaceSettings"];
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No console session: none was presented, it has expired or was ended, or the request used an API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Unauthorized",
                     *       "customMessage": "Your session has expired or was ended; sign in again",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description The signed-in user is a member, not an admin; or a write without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Forbidden",
                     *       "customMessage": "This action needs an admin",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    updateWorkspaceSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkspaceSettingsRequest"];
            };
        };
        responses: {
            /** @description The settings now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: components["schemas"]["WorkspaceSettings"];
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No console session: none was presented, it has expired or was ended, or the request used an API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Unauthorized",
                     *       "customMessage": "Your session has expired or was ended; sign in again",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description The signed-in user is a member, not an admin; or a write without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Forbidden",
                     *       "customMessage": "This action needs an admin",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/accounts",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    importSignalsCsv: {
        parameters: {
            query: {
                /** @description The provider that produced the file (docs/signals.md) */
                source: "website" | "g2" | "bombora" | "linkedin";
            };
            header?: {
                /** @description Makes a retry of this request safe: the same key and body within 24 hours answer the first answer again (docs/api.md#idempotent-retries) */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The provider's CSV export, header row first, as `text/csv` (UTF-8; at most 10485760 bytes) */
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description What was imported */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: components["schemas"]["SignalUpload"];
                    };
                };
            };
            /** @description A schema violation, an empty file, or a header without the provider’s columns */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/signals/import",
                     *       "message": "Bad Request",
                     *       "customMessage": "the file has no 'Domain' column",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/signals/import",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/signals/import",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The CSV is over 10485760 bytes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/signals/import",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 10485760 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `text/csv` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/signals/import",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be text/csv",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/signals/import",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/signals/import",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/signals/import",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    crmListCustomFields: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A plain array */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/custom-fields",
                     *       "data": [
                     *         {
                     *           "key": "CONTRACT_VALUE_C",
                     *           "label": "Contract Value",
                     *           "labelType": "number",
                     *           "description": null,
                     *           "options": [],
                     *           "objectType": "accounts",
                     *           "status": "active"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: components["schemas"]["CustomField"][];
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/custom-fields",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/custom-fields",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/custom-fields",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/custom-fields",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/custom-fields",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/custom-fields",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    crmCreateCustomField: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this request safe: the same key and body within 24 hours answer the first answer again (docs/api.md#idempotent-retries) */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "label": "Contract Value",
                 *       "labelType": "number",
                 *       "description": "Annual contract value in USD"
                 *     }
                 */
                "application/json": {
                    label: string;
                    /** @enum {unknown} */
                    labelType: "singleLineText" | "multiLineText" | "singleSelection" | "multiSelection" | "number" | "date";
                    description?: string | null;
                    options?: unknown;
                } & unknown;
            };
        };
        responses: {
            /** @description An array holding the created field */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/custom-field",
                     *       "data": [
                     *         {
                     *           "key": "CONTRACT_VALUE_C",
                     *           "label": "Contract Value",
                     *           "labelType": "number",
                     *           "description": null,
                     *           "options": [],
                     *           "objectType": "accounts",
                     *           "status": "active"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: components["schemas"]["CustomField"][];
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/custom-field",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/custom-field",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/custom-field",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description An active field with the derived key exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/custom-field",
                     *       "message": "Conflict",
                     *       "customMessage": "Custom field with key 'CONTRACT_VALUE_C' already exists",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/custom-field",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/custom-field",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/custom-field",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/custom-field",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/custom-field",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    crmListSegments: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description The previous page’s `nextCursor` (opaque; at most 512 characters, anything else answers `Invalid cursor`) */
                cursor?: string;
                /** @description ISO 8601 date-time: only records changed strictly after it (pass the last pass’s `syncTimestamp`) */
                lastSync?: string;
                type?: "static" | "dynamic" | "all";
                status?: "draft" | "active" | "archived";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of segments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments",
                     *       "data": {
                     *         "data": [
                     *           {
                     *             "segmentId": "664a1b2c3d4e5f6071829304",
                     *             "name": "Q2 Target Accounts",
                     *             "status": "active"
                     *           }
                     *         ],
                     *         "nextCursor": null,
                     *         "hasNextPage": false,
                     *         "syncTimestamp": "2026-04-30T10:00:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        /** @description One page of a keyset-paginated list (docs/api.md#pagination-and-delta-sync) */
                        data: {
                            data: {
                                segmentId: string;
                                name: string;
                                /** @enum {unknown} */
                                status: "draft" | "active" | "archived";
                                /**
                                 * @description Present only when the `type` query parameter is given
                                 * @enum {unknown}
                                 */
                                type?: "static" | "dynamic";
                                /** @description Present only when the `type` query parameter is given */
                                memberCount?: number;
                            }[];
                            /** @description Pass as `cursor` for the next page; null exactly when hasNextPage is false */
                            nextCursor: string | null;
                            hasNextPage: boolean;
                            /**
                             * Format: date-time
                             * @description Pass as `lastSync` on the next delta-sync pass
                             */
                            syncTimestamp: string;
                        };
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    crmCreateSegment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this request safe: the same key and body within 24 hours answer the first answer again (docs/api.md#idempotent-retries) */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Hot accounts",
                 *       "type": "dynamic",
                 *       "rules": {
                 *         "all": [
                 *           {
                 *             "field": "rtp_account_score",
                 *             "op": "gte",
                 *             "value": 40
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": {
                    name: string;
                    /** @enum {unknown} */
                    type: "static" | "dynamic";
                    /**
                     * @description Default `active`
                     * @enum {unknown}
                     */
                    status?: "draft" | "active" | "archived";
                    /** @description Required for a dynamic segment (docs/api.md#dynamic-segment-rules). At most 16384 bytes of JSON, 5 levels of groups, 100 conditions, 100 values per `in` list and 256 characters per string value; no other keys than `all`/`any` in a group and `field`/`op`/`value` in a condition. A workspace's active and draft dynamic segments hold at most 50 segments, 500 conditions and 1000 `in` values together (docs/operations.md, "Segment rule limits"). */
                    rules?: unknown;
                };
            };
        };
        responses: {
            /** @description The created segment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304",
                     *       "data": {
                     *         "segmentId": "664a1b2c3d4e5f6071829304",
                     *         "name": "Q2 Target Accounts",
                     *         "type": "static",
                     *         "status": "active",
                     *         "rules": null,
                     *         "createdAt": "2026-04-30T10:00:00.000Z",
                     *         "memberCount": 0
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: components["schemas"]["Segment"];
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    crmPreviewSegment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "rules": {
                 *         "all": [
                 *           {
                 *             "field": "rtp_account_score",
                 *             "op": "gte",
                 *             "value": 40
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description Dynamic segment rules (docs/api.md#dynamic-segment-rules), as for POST /segments. At most 16384 bytes of JSON, 5 levels of groups, 100 conditions, 100 values per `in` list and 256 characters per string value; no other keys than `all`/`any` in a group and `field`/`op`/`value` in a condition. A workspace's active and draft dynamic segments hold at most 50 segments, 500 conditions and 1000 `in` values together (docs/operations.md, "Segment rule limits"). */
                    rules?: unknown;
                };
            };
        };
        responses: {
            /** @description The members the rules would have now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/preview",
                     *       "data": {
                     *         "memberCount": 1,
                     *         "sample": [
                     *           {
                     *             "rtp_aid": "663abc0e5f1c2a0012345678",
                     *             "name": "Acme Corp",
                     *             "domain": "acme.com"
                     *           }
                     *         ],
                     *         "accountsEvaluated": 120
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: components["schemas"]["SegmentPreview"];
                    };
                };
            };
            /** @description Rules missing or refused (the messages of POST /segments) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/preview",
                     *       "message": "Bad Request",
                     *       "customMessage": "field must be an account field or the key of an active custom field",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/preview",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/preview",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/preview",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/preview",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/preview",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/preview",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/preview",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    crmGetSegment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                segmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The segment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304",
                     *       "data": {
                     *         "segmentId": "664a1b2c3d4e5f6071829304",
                     *         "name": "Q2 Target Accounts",
                     *         "type": "static",
                     *         "status": "active",
                     *         "rules": null,
                     *         "createdAt": "2026-04-30T10:00:00.000Z",
                     *         "memberCount": 0
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: components["schemas"]["Segment"];
                    };
                };
            };
            /** @description Invalid segmentId format, or a schema violation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Bad Request",
                     *       "customMessage": "Invalid segmentId format",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No segment with this id in the key’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Not Found",
                     *       "customMessage": "Segment not found",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    crmUpdateSegment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this request safe: the same key and body within 24 hours answer the first answer again (docs/api.md#idempotent-retries) */
                "idempotency-key"?: string;
            };
            path: {
                segmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @enum {unknown} */
                    status?: "draft" | "active" | "archived";
                    /** @description Dynamic segments only (docs/api.md#dynamic-segment-rules). At most 16384 bytes of JSON, 5 levels of groups, 100 conditions, 100 values per `in` list and 256 characters per string value; no other keys than `all`/`any` in a group and `field`/`op`/`value` in a condition. A workspace's active and draft dynamic segments hold at most 50 segments, 500 conditions and 1000 `in` values together (docs/operations.md, "Segment rule limits"). */
                    rules?: unknown;
                };
            };
        };
        responses: {
            /** @description The updated segment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304",
                     *       "data": {
                     *         "segmentId": "664a1b2c3d4e5f6071829304",
                     *         "name": "Q2 Target Accounts",
                     *         "type": "static",
                     *         "status": "active",
                     *         "rules": null,
                     *         "createdAt": "2026-04-30T10:00:00.000Z",
                     *         "memberCount": 0
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: components["schemas"]["Segment"];
                    };
                };
            };
            /** @description Invalid segmentId format, or a schema violation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Bad Request",
                     *       "customMessage": "Invalid segmentId format",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No segment with this id in the key’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Not Found",
                     *       "customMessage": "Segment not found",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    crmListSegmentAccounts: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description The previous page’s `nextCursor` (opaque; at most 512 characters, anything else answers `Invalid cursor`) */
                cursor?: string;
                /** @description ISO 8601 date-time: only records changed strictly after it (pass the last pass’s `syncTimestamp`) */
                lastSync?: string;
            };
            header?: never;
            path: {
                segmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of member accounts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "data": {
                     *         "data": [
                     *           {
                     *             "rtp_aid": "663abc0e5f1c2a0012345678",
                     *             "externalId": "crm-001",
                     *             "name": "Acme Corp",
                     *             "domain": "acme.com",
                     *             "shortName": "Acme",
                     *             "linkedinUrl": "https://www.linkedin.com/company/acme-corp",
                     *             "tags": [
                     *               "enterprise"
                     *             ],
                     *             "rtp_account_score": 78,
                     *             "rtp_journey_stage": "Consideration",
                     *             "rtp_website_intent_score": 42,
                     *             "rtp_bombora_intent_score": 31,
                     *             "rtp_g2_intent_score": 0,
                     *             "rtp_advertising_activity_score": 55,
                     *             "rtp_last_account_date": "2026-04-30T09:00:00.000Z",
                     *             "customFields": {
                     *               "CONTRACT_VALUE_C": 75000,
                     *               "RENEWAL_DATE_C": null
                     *             },
                     *             "rtp_segments": [
                     *               {
                     *                 "segmentId": "664a1b2c3d4e5f6071829304",
                     *                 "name": "Q2 Target Accounts"
                     *               }
                     *             ]
                     *           }
                     *         ],
                     *         "nextCursor": null,
                     *         "hasNextPage": false,
                     *         "syncTimestamp": "2026-04-30T10:00:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        /** @description One page of a keyset-paginated list (docs/api.md#pagination-and-delta-sync) */
                        data: {
                            data: components["schemas"]["Account"][];
                            /** @description Pass as `cursor` for the next page; null exactly when hasNextPage is false */
                            nextCursor: string | null;
                            hasNextPage: boolean;
                            /**
                             * Format: date-time
                             * @description Pass as `lastSync` on the next delta-sync pass
                             */
                            syncTimestamp: string;
                        };
                    };
                };
            };
            /** @description Invalid segmentId format, or a schema violation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Bad Request",
                     *       "customMessage": "Invalid segmentId format",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No segment with this id in the key’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Not Found",
                     *       "customMessage": "Segment not found",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    crmAddSegmentAccounts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this request safe: the same key and body within 24 hours answer the first answer again (docs/api.md#idempotent-retries) */
                "idempotency-key"?: string;
            };
            path: {
                segmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "accounts": [
                 *         {
                 *           "rtp_aid": "663abc0e5f1c2a0012345678"
                 *         },
                 *         {
                 *           "domain": "globex.com"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    accounts: {
                        rtp_aid?: string;
                        domain?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description One result per reference, in input order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "data": {
                     *         "results": [
                     *           {
                     *             "rtp_aid": "663abc0e5f1c2a0012345678",
                     *             "domain": "acme.com",
                     *             "status": "added"
                     *           }
                     *         ],
                     *         "summary": {
                     *           "total": 1,
                     *           "added": 1,
                     *           "unchanged": 0,
                     *           "failed": 0
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: {
                            results: {
                                rtp_aid: string | null;
                                domain: string | null;
                                /** @enum {unknown} */
                                status: "added" | "removed" | "unchanged" | "failed";
                                error?: string;
                            }[];
                            summary: {
                                total: number;
                                added: number;
                                unchanged: number;
                                failed: number;
                            };
                        };
                    };
                };
            };
            /** @description Invalid segmentId format, a schema violation, or the segment is not static or not active/draft */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No segment with this id in the key’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Not Found",
                     *       "customMessage": "Segment not found",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    crmRemoveSegmentAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                segmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "accounts": [
                 *         {
                 *           "rtp_aid": "663abc0e5f1c2a0012345678"
                 *         },
                 *         {
                 *           "domain": "globex.com"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    accounts: {
                        rtp_aid?: string;
                        domain?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description One result per reference, in input order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "data": {
                     *         "results": [
                     *           {
                     *             "rtp_aid": "663abc0e5f1c2a0012345678",
                     *             "domain": "acme.com",
                     *             "status": "removed"
                     *           }
                     *         ],
                     *         "summary": {
                     *           "total": 1,
                     *           "removed": 1,
                     *           "unchanged": 0,
                     *           "failed": 0
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: {
                            results: {
                                rtp_aid: string | null;
                                domain: string | null;
                                /** @enum {unknown} */
                                status: "added" | "removed" | "unchanged" | "failed";
                                error?: string;
                            }[];
                            summary: {
                                total: number;
                                removed: number;
                                unchanged: number;
                                failed: number;
                            };
                        };
                    };
                };
            };
            /** @description Invalid segmentId format, a schema violation, or the segment is not static */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No segment with this id in the key’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Not Found",
                     *       "customMessage": "Segment not found",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/segments/664a1b2c3d4e5f6071829304/accounts",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    crmListAccounts: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description The previous page’s `nextCursor` (opaque; at most 512 characters, anything else answers `Invalid cursor`) */
                cursor?: string;
                /** @description ISO 8601 date-time: only records changed strictly after it (pass the last pass’s `syncTimestamp`) */
                lastSync?: string;
                /** @description A JSON array of at most 100 domains, e.g. `["acme.com","www.globex.com"]` */
                domains?: string;
                /** @description Order (extension, issue 12): a score, `-` for highest first, ties by rtp_aid; or `-rtp_last_account_date`, latest change first. With a sort or any filter below the cursor follows that order; `lastSync` and `domains` cannot be combined with them. Default when a filter is given without a sort: `-rtp_account_score`. */
                sort?: "-rtp_account_score" | "rtp_account_score" | "-rtp_website_intent_score" | "rtp_website_intent_score" | "-rtp_bombora_intent_score" | "rtp_bombora_intent_score" | "-rtp_g2_intent_score" | "rtp_g2_intent_score" | "-rtp_advertising_activity_score" | "rtp_advertising_activity_score" | "-rtp_last_account_date";
                /** @description Only accounts in this journey stage (extension) */
                stage?: "Unaware" | "Aware" | "Consideration" | "Opportunity" | "Customer";
                /** @description Only members of this segment (extension) */
                segmentId?: string;
                /** @description Only accounts with this tag, compared case-insensitively (extension) */
                tag?: string;
                /** @description Only accounts whose domain or name starts with this text, case-insensitively: a prefix, so an index serves it (extension) */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of accounts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts",
                     *       "data": {
                     *         "data": [
                     *           {
                     *             "rtp_aid": "663abc0e5f1c2a0012345678",
                     *             "externalId": "crm-001",
                     *             "name": "Acme Corp",
                     *             "domain": "acme.com",
                     *             "shortName": "Acme",
                     *             "linkedinUrl": "https://www.linkedin.com/company/acme-corp",
                     *             "tags": [
                     *               "enterprise"
                     *             ],
                     *             "rtp_account_score": 78,
                     *             "rtp_journey_stage": "Consideration",
                     *             "rtp_website_intent_score": 42,
                     *             "rtp_bombora_intent_score": 31,
                     *             "rtp_g2_intent_score": 0,
                     *             "rtp_advertising_activity_score": 55,
                     *             "rtp_last_account_date": "2026-04-30T09:00:00.000Z",
                     *             "customFields": {
                     *               "CONTRACT_VALUE_C": 75000,
                     *               "RENEWAL_DATE_C": null
                     *             },
                     *             "rtp_segments": [
                     *               {
                     *                 "segmentId": "664a1b2c3d4e5f6071829304",
                     *                 "name": "Q2 Target Accounts"
                     *               }
                     *             ]
                     *           }
                     *         ],
                     *         "nextCursor": null,
                     *         "hasNextPage": false,
                     *         "syncTimestamp": "2026-04-30T10:00:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        /** @description One page of a keyset-paginated list (docs/api.md#pagination-and-delta-sync) */
                        data: {
                            data: components["schemas"]["Account"][];
                            /** @description Pass as `cursor` for the next page; null exactly when hasNextPage is false */
                            nextCursor: string | null;
                            hasNextPage: boolean;
                            /**
                             * Format: date-time
                             * @description Pass as `lastSync` on the next delta-sync pass
                             */
                            syncTimestamp: string;
                        };
                    };
                };
            };
            /** @description Invalid limit, cursor, lastSync or domains */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts",
                     *       "message": "Bad Request",
                     *       "customMessage": "domains must be a JSON array of strings",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    crmCreateAccounts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this request safe: the same key and body within 24 hours answer the first answer again (docs/api.md#idempotent-retries) */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "accounts": [
                 *         {
                 *           "externalId": "crm-001",
                 *           "domain": "acme.com",
                 *           "name": "Acme Corp",
                 *           "tags": [
                 *             "enterprise"
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    accounts: {
                        /** @description Normalised (docs/api.md#domains); may be typed as a URL */
                        domain: string;
                        name: string;
                        externalId: string;
                        shortName?: string | null;
                        linkedinUrl?: string | null;
                        tags?: string[] | null;
                        /** @description Values by custom-field key (docs/api.md#custom-field-values); `null` clears one. Text values are at most 4000 characters (singleLineText) or 65535 (multiLineText). */
                        customFields?: {
                            [key: string]: unknown;
                        };
                    }[];
                    segmentId?: string;
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/crm/accounts",
                     *       "data": {
                     *         "results": [
                     *           {
                     *             "externalId": "crm-001",
                     *             "status": "created"
                     *           }
                     *         ],
                     *         "summary": {
                     *           "total": 1,
                     *           "created": 1,
                     *           "updated": 0,
                     *           "failed": 0
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: {
                            results: {
                                externalId: string;
                                /** @enum {unknown} */
                                status: "created" | "updated" | "failed";
                                error?: string;
                            }[];
                            summary: {
                                total: number;
                                created: number;
                                updated: number;
                                failed: number;
                            };
                        };
                    };
                };
            };
            /** @description Schema violation, or the `segmentId` is unknown, not static, or not active/draft */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/crm/accounts",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/crm/accounts",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/crm/accounts",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/crm/accounts",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/crm/accounts",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/crm/accounts",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/crm/accounts",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/crm/accounts",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    crmListAccountsMissingExternalIds: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A plain array */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/missing-external-ids",
                     *       "data": [
                     *         {
                     *           "rtp_aid": "663abc0e5f1c2a0012345678",
                     *           "name": "Acme Corp",
                     *           "domain": "acme.com"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: {
                            rtp_aid: string;
                            name: string;
                            domain: string;
                        }[];
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/missing-external-ids",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/missing-external-ids",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/missing-external-ids",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/missing-external-ids",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/missing-external-ids",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/missing-external-ids",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    crmMapAccountExternalIds: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this request safe: the same key and body within 24 hours answer the first answer again (docs/api.md#idempotent-retries) */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "mappings": [
                 *         {
                 *           "domain": "acme.com",
                 *           "externalId": "crm-001"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    mappings: {
                        domain: string;
                        externalId: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description What the mappings matched and changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/external-ids",
                     *       "data": {
                     *         "matched": 1,
                     *         "updated": 1,
                     *         "notFound": [
                     *           "unknown.example"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: {
                            /** @description Accounts found */
                            matched: number;
                            /** @description Accounts whose externalId changed */
                            updated: number;
                            /** @description Input domains with no account */
                            notFound: string[];
                        };
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/external-ids",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/external-ids",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/external-ids",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/external-ids",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/external-ids",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/external-ids",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/external-ids",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/external-ids",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    crmListDeals: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description The previous page’s `nextCursor` (opaque; at most 512 characters, anything else answers `Invalid cursor`) */
                cursor?: string;
                /** @description ISO 8601 date-time: only records changed strictly after it (pass the last pass’s `syncTimestamp`) */
                lastSync?: string;
                /** @description Only the deals linked to this account (its rtp_aid among `linkedAccounts`), still in change order (extension, issue 12: the console’s account page). An rtp_aid of no account gives an empty page. */
                rtp_aid?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deals */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals",
                     *       "data": {
                     *         "data": [
                     *           {
                     *             "rtp_dealId": "663abc0e5f1c2a00aabbccdd",
                     *             "externalDealId": "deal-42",
                     *             "name": "Acme renewal",
                     *             "amount": 75000,
                     *             "stageId": "proposal",
                     *             "stageLabel": "Proposal",
                     *             "pipelineId": "sales",
                     *             "pipelineLabel": "Sales",
                     *             "startDate": "2026-01-15",
                     *             "closedDate": null,
                     *             "ownerName": "Dana Rep",
                     *             "ownerEmail": "dana@example.com",
                     *             "ownerId": "u-7",
                     *             "dealCurrencyCode": "USD",
                     *             "associatedAccounts": [
                     *               {
                     *                 "externalId": "crm-001",
                     *                 "domain": "acme.com",
                     *                 "name": "Acme Corp"
                     *               }
                     *             ],
                     *             "linkedAccounts": [
                     *               {
                     *                 "rtp_aid": "663abc0e5f1c2a0012345678",
                     *                 "domain": "acme.com"
                     *               }
                     *             ],
                     *             "unlinkedAssociations": [],
                     *             "stageHistory": [
                     *               {
                     *                 "stageId": "proposal",
                     *                 "stageLabel": "Proposal",
                     *                 "pipelineId": "sales",
                     *                 "enteredAt": "2026-04-30T10:00:00.000Z"
                     *               }
                     *             ],
                     *             "createdAt": "2026-04-30T10:00:00.000Z",
                     *             "updatedAt": "2026-04-30T10:00:00.000Z"
                     *           }
                     *         ],
                     *         "nextCursor": null,
                     *         "hasNextPage": false,
                     *         "syncTimestamp": "2026-04-30T10:00:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        /** @description One page of a keyset-paginated list (docs/api.md#pagination-and-delta-sync) */
                        data: {
                            data: components["schemas"]["Deal"][];
                            /** @description Pass as `cursor` for the next page; null exactly when hasNextPage is false */
                            nextCursor: string | null;
                            hasNextPage: boolean;
                            /**
                             * Format: date-time
                             * @description Pass as `lastSync` on the next delta-sync pass
                             */
                            syncTimestamp: string;
                        };
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    crmPushDeals: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this request safe: the same key and body within 24 hours answer the first answer again (docs/api.md#idempotent-retries) */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "deals": [
                 *         {
                 *           "externalDealId": "deal-42",
                 *           "name": "Acme renewal",
                 *           "amount": 75000,
                 *           "stageId": "proposal",
                 *           "stageLabel": "Proposal",
                 *           "pipelineId": "sales",
                 *           "pipelineLabel": "Sales",
                 *           "startDate": "2026-01-15",
                 *           "ownerName": "Dana Rep",
                 *           "ownerEmail": "dana@example.com",
                 *           "dealCurrencyCode": "USD",
                 *           "associatedAccounts": [
                 *             {
                 *               "externalId": "crm-001",
                 *               "domain": "acme.com",
                 *               "name": "Acme Corp"
                 *             }
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    deals: {
                        externalDealId: string;
                        name: string;
                        amount?: number | null;
                        stageId?: string | null;
                        stageLabel?: string | null;
                        pipelineId?: string | null;
                        pipelineLabel?: string | null;
                        startDate?: string | null;
                        closedDate?: string | null;
                        ownerName?: string | null;
                        /** Format: email */
                        ownerEmail?: string | null;
                        ownerId?: string | null;
                        dealCurrencyCode?: string | null;
                        associatedAccounts?: {
                            externalId?: string | null;
                            domain?: string | null;
                            name?: string | null;
                        }[] | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals",
                     *       "data": {
                     *         "results": [
                     *           {
                     *             "externalDealId": "deal-42",
                     *             "status": "created"
                     *           },
                     *           {
                     *             "externalDealId": "deal-43",
                     *             "status": "failed",
                     *             "error": "Invalid domain 'not a domain'"
                     *           }
                     *         ],
                     *         "summary": {
                     *           "total": 2,
                     *           "created": 1,
                     *           "updated": 0,
                     *           "failed": 1
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: {
                            results: {
                                externalDealId: string;
                                /** @enum {unknown} */
                                status: "created" | "updated" | "failed";
                                error?: string;
                            }[];
                            summary: {
                                total: number;
                                created: number;
                                updated: number;
                                failed: number;
                            };
                        };
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    crmGetDeal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                externalDealId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals/deal-42",
                     *       "data": {
                     *         "rtp_dealId": "663abc0e5f1c2a00aabbccdd",
                     *         "externalDealId": "deal-42",
                     *         "name": "Acme renewal",
                     *         "amount": 75000,
                     *         "stageId": "proposal",
                     *         "stageLabel": "Proposal",
                     *         "pipelineId": "sales",
                     *         "pipelineLabel": "Sales",
                     *         "startDate": "2026-01-15",
                     *         "closedDate": null,
                     *         "ownerName": "Dana Rep",
                     *         "ownerEmail": "dana@example.com",
                     *         "ownerId": "u-7",
                     *         "dealCurrencyCode": "USD",
                     *         "associatedAccounts": [
                     *           {
                     *             "externalId": "crm-001",
                     *             "domain": "acme.com",
                     *             "name": "Acme Corp"
                     *           }
                     *         ],
                     *         "linkedAccounts": [
                     *           {
                     *             "rtp_aid": "663abc0e5f1c2a0012345678",
                     *             "domain": "acme.com"
                     *           }
                     *         ],
                     *         "unlinkedAssociations": [],
                     *         "stageHistory": [
                     *           {
                     *             "stageId": "proposal",
                     *             "stageLabel": "Proposal",
                     *             "pipelineId": "sales",
                     *             "enteredAt": "2026-04-30T10:00:00.000Z"
                     *           }
                     *         ],
                     *         "createdAt": "2026-04-30T10:00:00.000Z",
                     *         "updatedAt": "2026-04-30T10:00:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: components["schemas"]["Deal"];
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals/deal-42",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals/deal-42",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals/deal-42",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No deal with this externalDealId in the key’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals/deal-42",
                     *       "message": "Not Found",
                     *       "customMessage": "Deal not found",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals/deal-42",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals/deal-42",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals/deal-42",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    crmDeleteDeal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                externalDealId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted deal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals/deal-42",
                     *       "data": {
                     *         "externalDealId": "deal-42",
                     *         "deletedAt": "2026-04-30T10:00:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: {
                            externalDealId: string;
                            /** Format: date-time */
                            deletedAt: string;
                        };
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals/deal-42",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals/deal-42",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals/deal-42",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No deal with this externalDealId in the key’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals/deal-42",
                     *       "message": "Not Found",
                     *       "customMessage": "Deal not found",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals/deal-42",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals/deal-42",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals/deal-42",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals/deal-42",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals/deal-42",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    crmListJourneyStages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Stage names in funnel order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/journey-stages",
                     *       "data": [
                     *         "Unaware",
                     *         "Aware",
                     *         "Consideration",
                     *         "Opportunity",
                     *         "Customer"
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: string[];
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/journey-stages",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/journey-stages",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/journey-stages",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/journey-stages",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/journey-stages",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/journey-stages",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    crmGetJourneyFunnel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The funnel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/journey/funnel",
                     *       "data": {
                     *         "stages": [
                     *           {
                     *             "stage": "Unaware",
                     *             "accounts": 812
                     *           },
                     *           {
                     *             "stage": "Aware",
                     *             "accounts": 240
                     *           },
                     *           {
                     *             "stage": "Consideration",
                     *             "accounts": 96
                     *           },
                     *           {
                     *             "stage": "Opportunity",
                     *             "accounts": 31
                     *           },
                     *           {
                     *             "stage": "Customer",
                     *             "accounts": 12
                     *           }
                     *         ],
                     *         "totalAccounts": 1191
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: components["schemas"]["JourneyFunnel"];
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/journey/funnel",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/journey/funnel",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/journey/funnel",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/journey/funnel",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/journey/funnel",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/journey/funnel",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    crmGetJourneyMovements: {
        parameters: {
            query?: {
                /** @description How many ISO weeks, the current one included (1–52, default 26) */
                weeks?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The movements, oldest week first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/journey/movements",
                     *       "data": {
                     *         "stages": [
                     *           "Unaware",
                     *           "Aware",
                     *           "Consideration",
                     *           "Opportunity",
                     *           "Customer"
                     *         ],
                     *         "weeks": [
                     *           {
                     *             "weekStart": "2026-11-30T00:00:00.000Z",
                     *             "movements": [
                     *               {
                     *                 "stage": "Unaware",
                     *                 "entered": 0,
                     *                 "left": 14
                     *               },
                     *               {
                     *                 "stage": "Aware",
                     *                 "entered": 14,
                     *                 "left": 3
                     *               },
                     *               {
                     *                 "stage": "Consideration",
                     *                 "entered": 3,
                     *                 "left": 0
                     *               },
                     *               {
                     *                 "stage": "Opportunity",
                     *                 "entered": 0,
                     *                 "left": 0
                     *               },
                     *               {
                     *                 "stage": "Customer",
                     *                 "entered": 0,
                     *                 "left": 0
                     *               }
                     *             ]
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: components["schemas"]["JourneyMovements"];
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/journey/movements",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/journey/movements",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/journey/movements",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/journey/movements",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/journey/movements",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/journey/movements",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    crmCreateSalesActivities: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this request safe: the same key and body within 24 hours answer the first answer again (docs/api.md#idempotent-retries) */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "activities": [
                 *         {
                 *           "externalActivityId": "call-1",
                 *           "activityType": "call",
                 *           "occurredAt": "2026-04-29T15:30:00Z",
                 *           "domain": "acme.com",
                 *           "ownerEmail": "dana@example.com",
                 *           "contacts": [
                 *             {
                 *               "email": "pat@acme.com",
                 *               "name": "Pat Buyer",
                 *               "title": "VP Operations"
                 *             }
                 *           ],
                 *           "callTitle": "Renewal check-in",
                 *           "durationMinutes": 25,
                 *           "direction": "outbound"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    activities: {
                        externalActivityId: string;
                        activityType: string;
                        /** Format: date-time */
                        occurredAt: string;
                        domain: string;
                        /** Format: email */
                        ownerEmail: string;
                        contacts: {
                            /** Format: email */
                            email: string;
                            externalContactId?: string | null;
                            name?: string | null;
                            title?: string | null;
                            department?: string | null;
                            seniority?: string | null;
                            phone?: string | null;
                            linkedinUrl?: string | null;
                        }[];
                        accountName?: string | null;
                        subject?: string | null;
                        ownerName?: string | null;
                        ownerId?: string | null;
                        from?: {
                            name?: string | null;
                            email?: string | null;
                        } | null;
                        callTitle?: string | null;
                        durationMinutes?: number | null;
                        outcome?: string | null;
                        /** @enum {unknown} */
                        direction?: "inbound" | "outbound";
                        openCount?: number | null;
                        clickCount?: number | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/sales-activities",
                     *       "data": {
                     *         "results": [
                     *           {
                     *             "externalActivityId": "call-1",
                     *             "status": "created"
                     *           },
                     *           {
                     *             "externalActivityId": "call-1",
                     *             "status": "failed",
                     *             "error": "Activity with externalActivityId 'call-1' already exists."
                     *           },
                     *           {
                     *             "externalActivityId": "meeting-9",
                     *             "status": "skipped",
                     *             "reason": "Only call and email activity types are supported"
                     *           }
                     *         ],
                     *         "summary": {
                     *           "total": 3,
                     *           "created": 1,
                     *           "failed": 1,
                     *           "skipped": 1
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: {
                            results: {
                                externalActivityId: string;
                                /** @enum {unknown} */
                                status: "created" | "failed" | "skipped";
                                /** @description Why the item failed */
                                error?: string;
                                /** @description Why the item was skipped */
                                reason?: string;
                            }[];
                            summary: {
                                total: number;
                                created: number;
                                failed: number;
                                skipped: number;
                            };
                        };
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/sales-activities",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/sales-activities",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/sales-activities",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/sales-activities",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/sales-activities",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/sales-activities",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/sales-activities",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/sales-activities",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    crmListAccountActivities: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description The previous page’s `nextCursor` (opaque; at most 512 characters, anything else answers `Invalid cursor`) */
                cursor?: string;
            };
            header?: never;
            path: {
                rtp_aid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of activities */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/663abc0e5f1c2a0012345678/activities",
                     *       "data": {
                     *         "data": [
                     *           {
                     *             "rtp_activityId": "663abc0e5f1c2a00cafe0001",
                     *             "externalActivityId": "call-1",
                     *             "activityType": "call",
                     *             "occurredAt": "2026-04-29T15:30:00.000Z",
                     *             "domain": "acme.com",
                     *             "accountName": "Acme Corp",
                     *             "subject": "Renewal check-in",
                     *             "ownerEmail": "dana@example.com",
                     *             "ownerName": "Dana Rep",
                     *             "ownerId": "u-7",
                     *             "from": null,
                     *             "callTitle": "Renewal check-in",
                     *             "durationMinutes": 25,
                     *             "outcome": "connected",
                     *             "direction": "outbound",
                     *             "openCount": null,
                     *             "clickCount": null,
                     *             "contacts": [
                     *               {
                     *                 "email": "pat@acme.com",
                     *                 "externalContactId": "c-19",
                     *                 "name": "Pat Buyer",
                     *                 "title": "VP Operations",
                     *                 "department": "Operations",
                     *                 "seniority": "VP",
                     *                 "phone": null,
                     *                 "linkedinUrl": null
                     *               }
                     *             ],
                     *             "createdAt": "2026-04-30T10:00:00.000Z"
                     *           }
                     *         ],
                     *         "nextCursor": null,
                     *         "hasNextPage": false,
                     *         "syncTimestamp": "2026-04-30T10:00:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        /** @description One page of a keyset-paginated list (docs/api.md#pagination-and-delta-sync) */
                        data: {
                            data: components["schemas"]["SalesActivity"][];
                            /** @description Pass as `cursor` for the next page; null exactly when hasNextPage is false */
                            nextCursor: string | null;
                            hasNextPage: boolean;
                            /**
                             * Format: date-time
                             * @description Pass as `lastSync` on the next delta-sync pass
                             */
                            syncTimestamp: string;
                        };
                    };
                };
            };
            /** @description Invalid rtp_aid format, limit or cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/663abc0e5f1c2a0012345678/activities",
                     *       "message": "Bad Request",
                     *       "customMessage": "Invalid rtp_aid format",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/663abc0e5f1c2a0012345678/activities",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/663abc0e5f1c2a0012345678/activities",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No account with this id in the key’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/663abc0e5f1c2a0012345678/activities",
                     *       "message": "Not Found",
                     *       "customMessage": "Account not found",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/663abc0e5f1c2a0012345678/activities",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/663abc0e5f1c2a0012345678/activities",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/663abc0e5f1c2a0012345678/activities",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    crmCreateSignals: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this request safe: the same key and body within 24 hours answer the first answer again (docs/api.md#idempotent-retries) */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    signals: {
                        /** @enum {unknown} */
                        source: "website" | "g2" | "bombora" | "linkedin";
                        domain: string;
                        type: string;
                        /** Format: date-time */
                        occurredAt: string;
                        /** @default 1 */
                        count?: number;
                        externalSignalId?: string | null;
                        url?: string | null;
                        topic?: string | null;
                        score?: number | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description One result per input signal, in input order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/signals",
                     *       "data": {
                     *         "results": [
                     *           {
                     *             "index": 0,
                     *             "status": "created"
                     *           },
                     *           {
                     *             "index": 1,
                     *             "status": "skipped",
                     *             "reason": "Duplicate signal"
                     *           }
                     *         ],
                     *         "summary": {
                     *           "total": 2,
                     *           "created": 1,
                     *           "skipped": 1,
                     *           "failed": 0
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: {
                            results: {
                                /** @description The signal’s position in the request */
                                index: number;
                                /** @enum {unknown} */
                                status: "created" | "skipped" | "failed";
                                /** @description Why the signal failed */
                                error?: string;
                                /** @description Why the signal was skipped, e.g. `Duplicate signal` */
                                reason?: string;
                            }[];
                            summary: {
                                total: number;
                                created: number;
                                skipped: number;
                                failed: number;
                            };
                        };
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/signals",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/signals",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/signals",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/signals",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/signals",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/signals",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/signals",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/signals",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    crmDeleteAccounts: {
        parameters: {
            query?: {
                /** @description Also remove the signals and sales activities keyed by the account’s domain */
                purge?: boolean;
            };
            header?: {
                /** @description Makes a retry of this request safe: the same key and body within 24 hours answer the first answer again (docs/api.md#idempotent-retries) */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description Exactly one of `domains` and `rtp_aids`, 1–100 entries */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "domains": [
                 *         "acme.com",
                 *         "globex.com"
                 *       ]
                 *     }
                 */
                "application/json": {
                    domains?: string[];
                    rtp_aids?: string[];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/delete",
                     *       "data": {
                     *         "results": [
                     *           {
                     *             "rtp_aid": "663abc0e5f1c2a0012345678",
                     *             "domain": "acme.com",
                     *             "status": "deleted"
                     *           },
                     *           {
                     *             "rtp_aid": null,
                     *             "domain": "globex.com",
                     *             "status": "failed",
                     *             "error": "Account not found"
                     *           }
                     *         ],
                     *         "summary": {
                     *           "total": 2,
                     *           "deleted": 1,
                     *           "failed": 1
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: {
                            results: {
                                rtp_aid: string | null;
                                domain: string | null;
                                status: "deleted" | "failed";
                                error?: string;
                            }[];
                            summary: {
                                total: number;
                                deleted: number;
                                failed: number;
                            };
                        };
                    };
                };
            };
            /** @description Schema violation, or both or neither of `domains` and `rtp_aids` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/delete",
                     *       "message": "Bad Request",
                     *       "customMessage": "Send either domains or rtp_aids, not both",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/delete",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/delete",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/delete",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/delete",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/delete",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/delete",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/delete",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    crmListDeletedAccounts: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description The previous page’s `nextCursor` (opaque; at most 512 characters, anything else answers `Invalid cursor`) */
                cursor?: string;
                /** @description ISO 8601 date-time: only records changed strictly after it (pass the last pass’s `syncTimestamp`) */
                lastSync?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deleted accounts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/deleted",
                     *       "data": {
                     *         "data": [
                     *           {
                     *             "rtp_aid": "663abc0e5f1c2a0012345678",
                     *             "domain": "acme.com",
                     *             "externalId": "crm-001",
                     *             "deletedAt": "2026-04-30T10:00:00.000Z"
                     *           }
                     *         ],
                     *         "nextCursor": null,
                     *         "hasNextPage": false,
                     *         "syncTimestamp": "2026-04-30T10:00:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        /** @description One page of a keyset-paginated list (docs/api.md#pagination-and-delta-sync) */
                        data: {
                            data: {
                                rtp_aid: string;
                                domain: string | null;
                                externalId: string | null;
                                /** Format: date-time */
                                deletedAt: string;
                            }[];
                            /** @description Pass as `cursor` for the next page; null exactly when hasNextPage is false */
                            nextCursor: string | null;
                            hasNextPage: boolean;
                            /**
                             * Format: date-time
                             * @description Pass as `lastSync` on the next delta-sync pass
                             */
                            syncTimestamp: string;
                        };
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/deleted",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/deleted",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/deleted",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description `lastSync` is older than the 90 days tombstones are kept: run a full sync */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 410,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/deleted",
                     *       "message": "Gone",
                     *       "customMessage": "lastSync is older than the deletion history (90 days): run a full sync",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["GoneError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/deleted",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/deleted",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/deleted",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    crmEraseContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                email: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/contacts/jane@acme.com",
                     *       "data": {
                     *         "email": "jane@acme.com",
                     *         "recordsChanged": {
                     *           "contacts": 1,
                     *           "activityContacts": 3,
                     *           "activities": 0,
                     *           "deals": 0
                     *         },
                     *         "total": 4
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: {
                            email: string;
                            recordsChanged: {
                                contacts: number;
                                /** @description Links between the contact and activities */
                                activityContacts: number;
                                /** @description Activities it sent or owns, now without its name and address */
                                activities: number;
                                /** @description Deals it owns, now without owner */
                                deals: number;
                            };
                            total: number;
                        };
                    };
                };
            };
            /** @description Not an email address */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/contacts/jane@acme.com",
                     *       "message": "Bad Request",
                     *       "customMessage": "Invalid email 'jane'",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/contacts/jane@acme.com",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/contacts/jane@acme.com",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/contacts/jane@acme.com",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/contacts/jane@acme.com",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/contacts/jane@acme.com",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/contacts/jane@acme.com",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/contacts/jane@acme.com",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    crmListDeletedDeals: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description The previous page’s `nextCursor` (opaque; at most 512 characters, anything else answers `Invalid cursor`) */
                cursor?: string;
                /** @description ISO 8601 date-time: only records changed strictly after it (pass the last pass’s `syncTimestamp`) */
                lastSync?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deleted deals */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals/deleted",
                     *       "data": {
                     *         "data": [
                     *           {
                     *             "externalDealId": "deal-42",
                     *             "deletedAt": "2026-04-30T10:00:00.000Z"
                     *           }
                     *         ],
                     *         "nextCursor": null,
                     *         "hasNextPage": false,
                     *         "syncTimestamp": "2026-04-30T10:00:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        /** @description One page of a keyset-paginated list (docs/api.md#pagination-and-delta-sync) */
                        data: {
                            data: {
                                externalDealId: string;
                                /** Format: date-time */
                                deletedAt: string;
                            }[];
                            /** @description Pass as `cursor` for the next page; null exactly when hasNextPage is false */
                            nextCursor: string | null;
                            hasNextPage: boolean;
                            /**
                             * Format: date-time
                             * @description Pass as `lastSync` on the next delta-sync pass
                             */
                            syncTimestamp: string;
                        };
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals/deleted",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals/deleted",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals/deleted",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description `lastSync` is older than the 90 days tombstones are kept: run a full sync */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 410,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals/deleted",
                     *       "message": "Gone",
                     *       "customMessage": "lastSync is older than the deletion history (90 days): run a full sync",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["GoneError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals/deleted",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals/deleted",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deals/deleted",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    crmGetAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                externalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/crm/accounts/crm-001",
                     *       "data": {
                     *         "rtp_aid": "663abc0e5f1c2a0012345678",
                     *         "externalId": "crm-001",
                     *         "name": "Acme Corp",
                     *         "domain": "acme.com",
                     *         "shortName": "Acme",
                     *         "linkedinUrl": "https://www.linkedin.com/company/acme-corp",
                     *         "tags": [
                     *           "enterprise"
                     *         ],
                     *         "rtp_account_score": 78,
                     *         "rtp_journey_stage": "Consideration",
                     *         "rtp_website_intent_score": 42,
                     *         "rtp_bombora_intent_score": 31,
                     *         "rtp_g2_intent_score": 0,
                     *         "rtp_advertising_activity_score": 55,
                     *         "rtp_last_account_date": "2026-04-30T09:00:00.000Z",
                     *         "customFields": {
                     *           "CONTRACT_VALUE_C": 75000,
                     *           "RENEWAL_DATE_C": null
                     *         },
                     *         "rtp_segments": [
                     *           {
                     *             "segmentId": "664a1b2c3d4e5f6071829304",
                     *             "name": "Q2 Target Accounts"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: components["schemas"]["Account"];
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/crm/accounts/crm-001",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/crm/accounts/crm-001",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/crm/accounts/crm-001",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No account with this externalId in the key’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/crm/accounts/crm-001",
                     *       "message": "Not Found",
                     *       "customMessage": "Account not found",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Several accounts hold this externalId */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/crm/accounts/crm-001",
                     *       "message": "Conflict",
                     *       "customMessage": "externalId 'crm-001' is held by 2 accounts (rtp_aid …); the CRM API needs it to name exactly one account",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/crm/accounts/crm-001",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/crm/accounts/crm-001",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/crm/accounts/crm-001",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    crmUpdateAccountCustomFields: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this request safe: the same key and body within 24 hours answer the first answer again (docs/api.md#idempotent-retries) */
                "idempotency-key"?: string;
            };
            path: {
                externalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "customFields": {
                 *         "CONTRACT_VALUE_C": 80000,
                 *         "RENEWAL_DATE_C": null
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description Values by custom-field key (docs/api.md#custom-field-values); `null` clears one. Text values are at most 4000 characters (singleLineText) or 65535 (multiLineText). */
                    customFields: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description The custom fields were merged */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/663abc0e5f1c2a0012345678",
                     *       "data": {
                     *         "message": "Account updated successfully"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: {
                            /** @enum {string} */
                            message: "Account updated successfully";
                        };
                    };
                };
            };
            /** @description Another body field, an unknown custom-field key, or a value of the wrong type */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/663abc0e5f1c2a0012345678",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/663abc0e5f1c2a0012345678",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/663abc0e5f1c2a0012345678",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No account with this id in the key’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/663abc0e5f1c2a0012345678",
                     *       "message": "Not Found",
                     *       "customMessage": "Account not found",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/663abc0e5f1c2a0012345678",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/663abc0e5f1c2a0012345678",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/663abc0e5f1c2a0012345678",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/663abc0e5f1c2a0012345678",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/accounts/663abc0e5f1c2a0012345678",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    crmDeleteAccount: {
        parameters: {
            query?: {
                /** @description Also remove the signals and sales activities keyed by the account’s domain */
                purge?: boolean;
            };
            header?: never;
            path: {
                externalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted account */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/crm/accounts/crm-001",
                     *       "data": {
                     *         "rtp_aid": "663abc0e5f1c2a0012345678",
                     *         "domain": "acme.com",
                     *         "externalId": "crm-001",
                     *         "deletedAt": "2026-04-30T10:00:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: {
                            rtp_aid: string;
                            domain: string;
                            externalId: string | null;
                            /** Format: date-time */
                            deletedAt: string;
                            /** @description With `?purge=true`: the records removed */
                            purged?: {
                                signals: number;
                                activities: number;
                            };
                        };
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/crm/accounts/crm-001",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/crm/accounts/crm-001",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/crm/accounts/crm-001",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No such account in the key’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/crm/accounts/crm-001",
                     *       "message": "Not Found",
                     *       "customMessage": "Account not found",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Several accounts hold this externalId */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/crm/accounts/crm-001",
                     *       "message": "Conflict",
                     *       "customMessage": "externalId 'crm-001' is held by 2 accounts (rtp_aid …); the CRM API needs it to name exactly one account",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/crm/accounts/crm-001",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/crm/accounts/crm-001",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/crm/accounts/crm-001",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/crm/accounts/crm-001",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/crm/accounts/crm-001",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    crmListDealStages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A plain array of pipelines */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deal-stages",
                     *       "data": [
                     *         {
                     *           "pipelineId": "sales",
                     *           "pipelineLabel": "Sales",
                     *           "stages": [
                     *             {
                     *               "stageId": "qualified",
                     *               "stageLabel": "Qualified"
                     *             },
                     *             {
                     *               "stageId": "proposal",
                     *               "stageLabel": "Proposal"
                     *             },
                     *             {
                     *               "stageId": "won",
                     *               "stageLabel": "Closed Won"
                     *             },
                     *             {
                     *               "stageId": "lost",
                     *               "stageLabel": "Closed Lost"
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: components["schemas"]["Pipeline"][];
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deal-stages",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deal-stages",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deal-stages",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deal-stages",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deal-stages",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deal-stages",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    crmCreateDealStages: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this request safe: the same key and body within 24 hours answer the first answer again (docs/api.md#idempotent-retries) */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "pipelines": [
                 *         {
                 *           "pipelineId": "sales",
                 *           "pipelineLabel": "Sales",
                 *           "stages": [
                 *             {
                 *               "stageId": "qualified",
                 *               "stageLabel": "Qualified"
                 *             },
                 *             {
                 *               "stageId": "won",
                 *               "stageLabel": "Closed Won"
                 *             }
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    pipelines: {
                        pipelineId: string;
                        pipelineLabel: string;
                        stages: {
                            stageId: string;
                            stageLabel: string;
                        }[];
                    }[];
                };
            };
        };
        responses: {
            /** @description Every pipeline was created */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deal-stages",
                     *       "data": {
                     *         "results": [
                     *           {
                     *             "pipelineId": "sales",
                     *             "status": "created"
                     *           }
                     *         ],
                     *         "summary": {
                     *           "total": 1,
                     *           "created": 1
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: {
                            results: {
                                pipelineId: string;
                                /** @enum {string} */
                                status: "created";
                            }[];
                            summary: {
                                total: number;
                                created: number;
                            };
                        };
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deal-stages",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deal-stages",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deal-stages",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description A pipelineId exists already or repeats within the request; nothing was created */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deal-stages",
                     *       "message": "Conflict",
                     *       "customMessage": "Pipeline(s) already exist: sales. Use the update endpoint to modify existing pipelines.",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deal-stages",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deal-stages",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deal-stages",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deal-stages",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deal-stages",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    crmUpdateDealStages: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry of this request safe: the same key and body within 24 hours answer the first answer again (docs/api.md#idempotent-retries) */
                "idempotency-key"?: string;
            };
            path: {
                pipelineId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    pipelineLabel: string;
                    stages: {
                        stageId: string;
                        stageLabel: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description The pipeline as stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 200,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deal-stages/sales",
                     *       "data": {
                     *         "pipelineId": "sales",
                     *         "pipelineLabel": "Sales",
                     *         "stages": [
                     *           {
                     *             "stageId": "qualified",
                     *             "stageLabel": "Qualified"
                     *           },
                     *           {
                     *             "stageId": "proposal",
                     *             "stageLabel": "Proposal"
                     *           },
                     *           {
                     *             "stageId": "won",
                     *             "stageLabel": "Closed Won"
                     *           },
                     *           {
                     *             "stageId": "lost",
                     *             "stageLabel": "Closed Lost"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {integer} */
                        statusCode: 200;
                        /**
                         * Format: date-time
                         * @description Server time, ISO 8601 UTC with milliseconds
                         */
                        timestamp: string;
                        /** @description The request path without its query string */
                        path: string;
                        data: components["schemas"]["Pipeline"];
                    };
                };
            };
            /** @description The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, a malformed path id or cursor, or a rule of the endpoint */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deal-stages/sales",
                     *       "message": "Bad Request",
                     *       "customMessage": "domain should not be empty",
                     *       "data": [
                     *         {
                     *           "property": "domain",
                     *           "path": "accounts[0].domain",
                     *           "constraints": {
                     *             "isNotEmpty": "domain should not be empty"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, or API access is not enabled for the workspace */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deal-stages/sales",
                     *       "message": "Unauthorized",
                     *       "customMessage": "X-Api-Key header is required",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie without the session’s X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deal-stages/sales",
                     *       "message": "Forbidden",
                     *       "customMessage": "Missing or invalid CSRF token",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No pipeline with this id in the key’s workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deal-stages/sales",
                     *       "message": "Not Found",
                     *       "customMessage": "Pipeline not found",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The body is over the size limit (default 5 MiB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deal-stages/sales",
                     *       "message": "Payload Too Large",
                     *       "customMessage": "Request body exceeds the limit of 5242880 bytes",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deal-stages/sales",
                     *       "message": "Unsupported Media Type",
                     *       "customMessage": "Content-Type must be application/json",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; the Retry-After header says in how many seconds to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deal-stages/sales",
                     *       "message": "Too Many Requests",
                     *       "customMessage": "Rate limit exceeded: retry in 1 seconds",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["TooManyRequestsError"];
                };
            };
            /** @description An unexpected error; nothing internal is revealed, the request id is logged */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deal-stages/sales",
                     *       "message": "Internal Server Error",
                     *       "customMessage": "An unexpected error occurred (request 5b0c…)",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
            /** @description The database is unavailable; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "timestamp": "2026-04-30T10:00:00.000Z",
                     *       "path": "/api/v1/crm/deal-stages/sales",
                     *       "message": "Service Unavailable",
                     *       "customMessage": "The database is unavailable; retry shortly",
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
        };
    };
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An OpenAPI 3.1 document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
}
