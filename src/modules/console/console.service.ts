import type { Kysely } from 'kysely';
import type { Database } from '../../db/index.js';
import { newId } from '../../lib/ids.js';
import { WorkspaceError } from '../workspaces/workspaces.service.js';
import * as repo from './console.repository.js';
import { decoyHash, hashPassword, passwordProblem, verifyPassword } from './password-hash.js';
import { newCsrfToken, newSessionToken, parseSessionToken } from './session-token.js';
import { CLI_ACTOR, recordAudit } from '../audit/audit.js';
import type { Dialect } from '../../db/index.js';
import { retryAfterSeconds, THROTTLE_LIMITS, THROTTLE_WINDOW_MS } from './sign-in-throttle.js';

/** However active, a session ends this long after sign-in. */
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60_000;
/** last_seen_at is written at most this often per session: idle expiry needs no finer grain. */
export const SESSION_TOUCH_INTERVAL_MS = 60_000;

export interface ConsoleUser {
  userId: string;
  email: string;
  role: string;
  workspaceId: string;
}

/** The moment of a call and the idle timeout, passed in by the HTTP layer (whose clock tests move). */
export interface SessionClock {
  now: number;
  idleMs: number;
}

export type SignInResult =
  | { ok: true; token: string; csrfToken: string; user: ConsoleUser }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

export type SessionResult =
  | { ok: true; user: ConsoleUser; csrfToken: string }
  | { ok: false; reason: 'invalid' };

/**
 * Console sign-in: passwords, database-held sessions and the sign-in throttle. Every method takes
 * and returns plain data (on SQLite it runs on the service thread). Passwords and tokens are never
 * logged or returned beyond the new session's own token.
 */
export class ConsoleService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
  ) {}

  /** Sets (or replaces) a user's password and ends their sessions, so a changed password locks others out. */
  async setPassword(email: string, password: string, workspaceId?: string): Promise<ConsoleUser> {
    const problem = passwordProblem(password);
    if (problem) throw new WorkspaceError(problem);
    const normalized = email.trim().toLowerCase();
    const users = (await repo.findSignInCandidates(this.db, normalized)).filter((u) => workspaceId === undefined || u.workspaceId === workspaceId);
    if (users.length === 0) throw new WorkspaceError(`No user with email '${normalized}'${workspaceId ? ` in workspace '${workspaceId}'` : ''}`);
    if (users.length > 1) throw new WorkspaceError(`User '${normalized}' exists in several workspaces; name one with --workspace`);
    const [user] = users;
    const passwordHash = await hashPassword(password);
    await this.db.transaction().execute(async (trx) => {
      await repo.setPasswordHash(trx, user.workspaceId, user.userId, passwordHash);
      await repo.deleteUserSessions(trx, user.workspaceId, user.userId);
      await recordAudit(trx, this.dialect, user.workspaceId, CLI_ACTOR, [{ action: 'user.changed', target: user.email, details: { password: 'set' } }]);
    });
    return { userId: user.userId, email: user.email, role: user.role, workspaceId: user.workspaceId };
  }

  /**
   * Checks an email and password and opens a session. The attempt is recorded as a failure before
   * the password is checked and counted with it, so concurrent guesses cannot all slip under the
   * limit; a refused (throttled) attempt removes its rows again and costs no scrypt work, and a
   * success removes them and clears the email's failures.
   */
  async signIn(input: { email: string; password: string; address: string } & SessionClock): Promise<SignInResult> {
    const { now } = input;
    const email = input.email.trim().toLowerCase();
    const attempt = [
      { scope: 'email' as const, subject: email, id: newId(now) },
      { scope: 'address' as const, subject: input.address, id: newId(now) },
    ];
    await repo.purgeFailuresBefore(this.db, now - THROTTLE_WINDOW_MS);
    for (const row of attempt) await repo.insertFailure(this.db, { ...row, at: now });

    let wait = 0;
    for (const row of attempt) {
      const limit = THROTTLE_LIMITS[row.scope];
      const failures = await repo.recentFailures(this.db, row.scope, row.subject, now - THROTTLE_WINDOW_MS, limit + 1);
      if (failures.length <= limit) continue;
      // Over the limit counting this attempt: how long until the earlier failures let one through.
      const earlier = [...failures];
      const own = earlier.indexOf(now);
      if (own !== -1) earlier.splice(own, 1);
      wait = Math.max(wait, retryAfterSeconds(earlier, limit, now));
    }
    if (wait > 0) {
      for (const row of attempt) await repo.deleteFailure(this.db, row.scope, row.subject, row.id);
      return { ok: false, reason: 'throttled', retryAfterSeconds: wait };
    }

    const user = await this.checkPassword(email, input.password);
    if (!user) return { ok: false, reason: 'invalid' };

    await repo.clearFailures(this.db, 'email', email);
    await repo.deleteFailure(this.db, 'address', input.address, attempt[1].id);
    const { token, tokenHash } = newSessionToken(user.workspaceId);
    const csrfToken = newCsrfToken();
    await this.db.transaction().execute(async (trx) => {
      await repo.deleteUserSessions(trx, user.workspaceId, user.userId, { idleBefore: now - input.idleMs, createdBefore: now - SESSION_ABSOLUTE_MS });
      await repo.insertSession(trx, { workspaceId: user.workspaceId, tokenHash, userId: user.userId, csrfToken, at: now });
    });
    return { ok: true, token, csrfToken, user };
  }

  /**
   * The user whose password this is, among the users with this email (oldest first); undefined
   * otherwise. The workspace's API access switch governs API keys only: a console session is how an
   * admin switches it back on, so it never locks the console. At least one scrypt runs whatever the email, so an
   * unknown one takes as long as a wrong password.
   */
  private async checkPassword(email: string, password: string): Promise<ConsoleUser | undefined> {
    const candidates = (await repo.findSignInCandidates(this.db, email)).filter((u) => u.passwordHash !== null);
    if (candidates.length === 0) {
      await verifyPassword(password, await decoyHash());
      return undefined;
    }
    for (const candidate of candidates) {
      if (!(await verifyPassword(password, candidate.passwordHash!))) continue;
      return { userId: candidate.userId, email: candidate.email, role: candidate.role, workspaceId: candidate.workspaceId };
    }
    return undefined;
  }

  /** The session a cookie names, if it is still valid; refreshes its last-seen time at most once a minute. */
  async resumeSession(token: string, clock: SessionClock): Promise<SessionResult> {
    const key = parseSessionToken(token);
    if (!key) return { ok: false, reason: 'invalid' };
    const session = await repo.findSession(this.db, key.workspaceId, key.tokenHash);
    if (!session) return { ok: false, reason: 'invalid' };
    if (clock.now - session.lastSeenAt >= clock.idleMs || clock.now - session.createdAt >= SESSION_ABSOLUTE_MS) {
      await repo.deleteSession(this.db, key.workspaceId, key.tokenHash);
      return { ok: false, reason: 'invalid' };
    }
    if (clock.now - session.lastSeenAt >= SESSION_TOUCH_INTERVAL_MS) await repo.touchSession(this.db, key.workspaceId, key.tokenHash, clock.now);
    const user = { userId: session.userId, email: session.email, role: session.role, workspaceId: session.workspaceId };
    return { ok: true, user, csrfToken: session.csrfToken };
  }

  async signOut(token: string): Promise<void> {
    const key = parseSessionToken(token);
    if (key) await repo.deleteSession(this.db, key.workspaceId, key.tokenHash);
  }
}
