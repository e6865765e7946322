export type Moderator = { id: number; username: string; createdAt: number };

/** Accounts, sessions, sign-in failures and shared settings: kept in the database, never in process memory. */
export interface AuthStore {
  countModerators(): Promise<number>;
  /** Returns undefined when the username is taken. */
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
  findModeratorForSignIn(
    username: string,
  ): Promise<(Moderator & { passwordHash: string }) | undefined>;
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
  recordLoginFailure(keys: readonly string[], now: number): Promise<void>;
  listLoginFailures(key: string, since: number): Promise<number[]>;
  clearLoginFailures(key: string): Promise<void>;
  getSetting(key: string): Promise<string | undefined>;
  /** Sets the value unless the key already has one; returns the value in force. */
  setSettingOnce(key: string, value: string): Promise<string>;
  setSetting(key: string, value: string | undefined): Promise<void>;
}
