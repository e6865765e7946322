export type Moderator = { id: number; username: string; createdAt: number };

/** The outcome of asking to try a password: go ahead (the attempt already counts as a failure) or wait. */
export type SignInAttempt =
  { outcome: 'allowed'; attemptId: string } | { outcome: 'locked'; retryAfterSeconds: number };

/** Accounts, sessions, sign-in failures and shared settings: kept in the database, never in process memory. */
export interface AuthStore {
  /** Moderators who can sign in (removed ones are kept only so the log still names them). */
  countModerators(): Promise<number>;
  listModerators(now: number): Promise<(Moderator & { activeSessions: number })[]>;
  /** Returns undefined when the username is taken, also by a removed moderator. */
  createModerator(account: {
    username: string;
    passwordHash: string;
    now: number;
  }): Promise<Moderator | undefined>;
  /** Creates the first account only while there is none and the setup token matches, atomically. */
  createFirstModerator(account: {
    username: string;
    passwordHash: string;
    setupTokenHash: string;
    now: number;
  }): Promise<
    { outcome: 'created'; moderator: Moderator } | { outcome: 'invalid-token' | 'already-set-up' }
  >;
  findModerator(username: string): Promise<Moderator | undefined>;
  findModeratorForSignIn(
    username: string,
  ): Promise<(Moderator & { passwordHash: string }) | undefined>;
  /** Ends the account and its sessions, atomically refusing to remove the last moderator. */
  removeModerator(moderatorId: number, now: number): Promise<'removed' | 'last' | 'unknown'>;
  setPasswordHash(moderatorId: number, passwordHash: string): Promise<void>;
  createSession(session: {
    idHash: string;
    moderatorId: number;
    createdAt: number;
    expiresAt: number;
  }): Promise<void>;
  findSession(
    idHash: string,
    now: number,
  ): Promise<{ moderator: Moderator; expiresAt: number } | undefined>;
  deleteSession(idHash: string): Promise<void>;
  /** Ends every session of one moderator; returns how many there were. */
  deleteSessionsOf(moderatorId: number): Promise<number>;
  /**
   * One write transaction, so that concurrent attempts cannot all pass the check before any of
   * them counts: forgets failures older than `forgetBefore`, reads those of `keys`, asks `decide`
   * for the wait in seconds, and when it is 0 records the attempt as a failure of every key.
   */
  beginSignInAttempt(attempt: {
    keys: readonly string[];
    now: number;
    forgetBefore: number;
    decide: (failuresOf: (key: string) => number[]) => number;
  }): Promise<SignInAttempt>;
  /** Takes back an attempt's failures (it succeeded, or never ran), and all failures of `clearKeys`. */
  cancelSignInAttempt(attemptId: string, clearKeys?: readonly string[]): Promise<void>;
  getSetting(key: string): Promise<string | undefined>;
  /** Sets the value unless the key already has one; returns the value in force. */
  setSettingOnce(key: string, value: string): Promise<string>;
  setSetting(key: string, value: string | undefined): Promise<void>;
}
