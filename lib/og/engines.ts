import 'server-only';

// Node loads these two at run time from node_modules instead of the bundler copying them into a
// chunk: resvg is a native addon, which Turbopack cannot place in one, and HarfBuzz reads its
// .wasm file from beside its own module. (Listing both in `serverExternalPackages` in
// next.config.mjs would do the same for the whole app.)

export const harfbuzz: typeof import('harfbuzzjs') = await import(
  /* turbopackIgnore: true */ /* webpackIgnore: true */ 'harfbuzzjs'
);

export const { Resvg }: typeof import('@resvg/resvg-js') = await import(
  /* turbopackIgnore: true */ /* webpackIgnore: true */ '@resvg/resvg-js'
);
