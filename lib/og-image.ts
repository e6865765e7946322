import 'server-only';

// The one door to the share-image renderer (lib/og): the sizes pages advertise in their
// metadata, the scene type the layouts in components/og describe, and the function that draws a
// scene. Drawing uses only fonts installed from npm and never touches the network.

export const ogImageSize = { width: 1200, height: 630 } as const;

export const logoSize = { width: 600, height: 60 } as const;

export type { Box, Scene, SceneRect, SceneText } from './og/scene';
export { renderScene as renderPng } from './og/render';
