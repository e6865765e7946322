import type { Phase } from '../types';
import { abuseTermsPhase } from './abuse-terms';
import { bannedTermsPhase } from './banned-terms';
import { profanityPhase } from './profanity';
import { promotionPhase } from './promotion';
import { repeatedPhase } from './repeated';
import { shoutingPhase } from './shouting';

/**
 * The screening phases in the order they run. Banned terms come first because they alone reject;
 * the rest only explain to the moderator what to look at, so their order is the order flags are shown.
 * Each phase declares the context fields it reads; the list accepts them because a full context
 * has every field.
 */
export const phases: readonly Phase[] = [
  bannedTermsPhase,
  promotionPhase,
  profanityPhase,
  abuseTermsPhase,
  shoutingPhase,
  repeatedPhase,
];
