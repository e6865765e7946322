import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * False while rendering on the server and hydrating, true once the page is interactive: for
 * controls that need JavaScript and so are not shown until it runs. No effect and no second
 * render pass: React reads the server snapshot during hydration and the client one after.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
