// A wrk script that posts comments through the site's real comment form, as a browser without
// JavaScript sends it: the page's own hidden action fields, a multipart body, a new email and
// text for every request. bench/http.ts and bench/scale-out.ts load the site with it.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Reads the article's comment form from `origin` and writes the script into `dir`; answers its path. */
export async function writePostScript(origin: string, slug: string, dir: string): Promise<string> {
  const response = await fetch(`${origin}/articles/${slug}`);
  const html = await response.text();
  // The form as the page serves it, hidden action fields included.
  const form = /<form[^>]*id="comment-form"[\s\S]*?<\/form>/.exec(html)?.[0] ?? '';
  const hidden = [
    ...form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g),
  ].map(([, name, value]) => [
    name ?? '',
    (value ?? '').replaceAll('&quot;', '"').replaceAll('&amp;', '&'),
  ]);
  if (!hidden.some(([name]) => name?.startsWith('$ACTION')))
    throw new Error('no server action fields in the comment form');
  const boundary = '----newsroom-bench';
  const part = (name: string, value: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const fixed =
    hidden.map(([name, value]) => part(name ?? '', value ?? '')).join('') +
    part('name', 'Load Test') +
    part('website', '');
  // Origin as a browser sends it with every form post. Without it Next.js logs a warning per
  // post; a server whose output nobody reads while wrk runs then stalls on console.warn (seen
  // in a CPU profile of the server, 2026-12-02: 10 posts/s instead of a measure of posting).
  const lua = `
local fixed = ${JSON.stringify(fixed)}
local boundary = "${boundary}"
local counter = 0
-- setup() runs in wrk's main Lua state and gives each thread its own global "id"
-- (a local here would shadow it, and every thread would send the same comments).
local threads = 0
function setup(thread) threads = threads + 1; thread:set("id", threads) end
function init(args) math.randomseed(os.time() + id * 7919) end
local function part(name, value)
  return "--" .. boundary .. "\\r\\nContent-Disposition: form-data; name=\\"" .. name .. "\\"\\r\\n\\r\\n" .. value .. "\\r\\n"
end
request = function()
  counter = counter + 1
  local tag = id .. "-" .. counter .. "-" .. math.random(1, 1000000000)
  local body = fixed .. part("email", "load" .. tag .. "@example.com")
    .. part("body", "Benchmark comment " .. tag .. ": the talks matter for the region.")
    .. "--" .. boundary .. "--\\r\\n"
  return wrk.format("POST", "/articles/${slug}", { ["Content-Type"] = "multipart/form-data; boundary=" .. boundary, ["Accept-Encoding"] = "gzip", ["Origin"] = "${origin}", ["X-Forwarded-For"] = "198.51.100." .. (counter % 250 + 1) }, body)
end`;
  mkdirSync(dir, { recursive: true });
  const script = path.join(dir, 'post.lua');
  writeFileSync(script, lua);
  return script;
}
