// Shared by the pre-paint inline script and the A+/A- buttons, so both agree on the steps.
// The scales themselves live in app/globals.css (`--text-scale` per `data-text-size`).

export const textSizeStorageKey = 'text-size';
export const textSizeSteps = 6;
export const defaultTextSize = 1;

export function clampTextSize(step: number): number {
  return Math.min(textSizeSteps - 1, Math.max(0, Math.round(step)));
}

/** Parses a stored step; anything else (missing, tampered with) means the default. */
export function parseTextSize(value: string | null | undefined): number {
  if (value == null || !/^\d$/.test(value)) return defaultTextSize;
  const step = Number(value);
  return step < textSizeSteps ? step : defaultTextSize;
}

/**
 * Runs in <head> before the body is parsed: applies the saved step so text never jumps.
 * Kept small and constant so a strict Content-Security-Policy can allow it by hash.
 */
export const textSizeInlineScript = `try{var s=localStorage.getItem(${JSON.stringify(textSizeStorageKey)});if(s&&/^[0-${textSizeSteps - 1}]$/.test(s)&&s!=="${defaultTextSize}")document.documentElement.setAttribute("data-text-size",s)}catch(e){}`;
