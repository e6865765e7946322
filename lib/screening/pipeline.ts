import { phases } from './phases';
import type { Flag, Phase, ScreeningContext, Verdict } from './types';

/**
 * Runs every phase over one comment and merges what they found. Phases still run after a rejection
 * so the moderation log records every reason, not just the first.
 */
export function screenComment(context: ScreeningContext, list: readonly Phase[] = phases): Verdict {
  const flags: Flag[] = [];
  const seen = new Set<string>();
  let reject: Verdict['reject'];
  for (const phase of list) {
    const result = phase.run(context);
    for (const flag of result.flags) {
      // The same words twice ("idiot ... idiot") tell the moderator nothing new. The reason is part of
      // the key so that "link" and "same link repeated 3 times" on one address both survive.
      const key = JSON.stringify([flag.category, flag.evidence, flag.reason]);
      if (seen.has(key)) continue;
      seen.add(key);
      flags.push(flag);
    }
    reject ??= result.reject;
  }
  return reject ? { flags, reject } : { flags };
}
