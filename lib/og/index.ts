import 'server-only';

// The share-image renderer's public surface: layouts (components/og) describe a Scene, routes
// draw it with renderPng. Everything else in lib/og is its insides.

export type { Box, Scene, SceneRect, SceneText } from './scene';
export { renderScene as renderPng } from './render';
export { pngResponse } from './response';
