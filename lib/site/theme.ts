// The reader's colour theme, shared by the pre-paint inline script and the header's control so
// both agree on the names. The colours follow it through the `dark` variant in app/globals.css,
// which reads <html data-theme> and, without it, the system's preference.

export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

export const themeStorageKey = 'theme';
export const themeAttribute = 'data-theme';

/**
 * Runs in <head> before the body is parsed: applies a saved light or dark choice, so a reader
 * who picked dark never sees a white page first. "System" is the absence of the attribute.
 */
export const themeInlineScript = `try{var t=localStorage.getItem(${JSON.stringify(themeStorageKey)});if(t==="light"||t==="dark")document.documentElement.setAttribute(${JSON.stringify(themeAttribute)},t)}catch(e){}`;
