// Shared by the pre-paint inline script and the A+/A- buttons (their data- attributes, which
// public/enhance.js reads), so both agree on the steps.
// The scales themselves live in app/globals.css (`--text-scale` per `data-text-size`).

export const textSizeStorageKey = 'text-size';
export const textSizeSteps = 6;
export const defaultTextSize = 1;

/**
 * Runs in <head> before the body is parsed: applies the saved step so text never jumps.
 * Kept small and constant so a strict Content-Security-Policy can allow it by hash.
 */
export const textSizeInlineScript = `try{var s=localStorage.getItem(${JSON.stringify(textSizeStorageKey)});if(s&&/^[0-${textSizeSteps - 1}]$/.test(s)&&s!=="${defaultTextSize}")document.documentElement.setAttribute("data-text-size",s)}catch(e){}`;
