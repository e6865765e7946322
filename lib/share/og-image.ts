import 'server-only';

// The sizes of the generated images, for page metadata and structured data. Kept apart from the
// renderer (lib/og) so that pages naming an image's size do not load the renderer.

export const ogImageSize = { width: 1200, height: 630 } as const;

export const logoSize = { width: 600, height: 60 } as const;
