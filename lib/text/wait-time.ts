// How long a reader must wait, rounded the way a person says it. Pure and language-free: the
// message catalogs turn the result into words, so a future edition only adds its own phrasing.

export type RoundedWait = {
  unit: 'second' | 'minute' | 'hour';
  count: number;
  /** False only for seconds, which are exact; "about" belongs before the rest. */
  approximate: boolean;
};

const minute = 60;
const hour = 60 * minute;

/**
 * Seconds under a minute are exact; minutes are rounded up so a reader who comes back when told
 * is not refused again; from an hour and a half on, whole hours ("about 2 hours") read better
 * than "about 127 minutes".
 */
export function roundWait(seconds: number): RoundedWait {
  const whole = Math.max(1, Math.ceil(seconds));
  if (whole < minute) return { unit: 'second', count: whole, approximate: false };
  if (whole < 90 * minute)
    return { unit: 'minute', count: Math.ceil(whole / minute), approximate: true };
  return { unit: 'hour', count: Math.round(whole / hour), approximate: true };
}
