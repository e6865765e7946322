/** A drawn image as the answer to a request: a PNG that browsers and crawlers keep for a day. */
export function pngResponse(png: Uint8Array): Response {
  return new Response(Buffer.from(png), {
    headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=86400' },
  });
}
