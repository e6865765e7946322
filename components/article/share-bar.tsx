import type { Messages } from '@/lib/messages';
import { ShareButtons } from './share-buttons';

type Props = { url: string; title: string; messages: Messages };

/** Plain share links (no third-party scripts, no tracking), plus Copy link and the device's share sheet. */
export function ShareBar({ url, title, messages }: Props) {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  const networks = [
    { name: 'X', href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { name: 'Telegram', href: `https://t.me/share/url?url=${u}&text=${t}` },
    { name: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
  ];
  const linkClass =
    'block rounded-full border border-neutral-300 px-3 py-1.5 hover:border-brand hover:text-brand dark:border-neutral-600 dark:hover:border-brand-dark dark:hover:text-brand-dark';
  return (
    <section
      aria-labelledby="share-heading"
      className="mx-auto mt-8 max-w-3xl font-sans text-sm print:hidden"
    >
      <h2 id="share-heading" className="sr-only">
        {messages.shareHeading}
      </h2>
      <div className="flex flex-wrap items-center gap-2">
        <ShareButtons
          url={url}
          title={title}
          labels={{
            copyLink: messages.copyLink,
            linkCopied: messages.linkCopied,
            copyFallback: messages.copyFallback,
            shareNative: messages.shareNative,
          }}
        />
        <ul className="flex flex-wrap items-center gap-2">
          {networks.map((network) => (
            <li key={network.name}>
              <a
                href={network.href}
                target="_blank"
                rel="noopener noreferrer"
                aria-label={messages.shareOn(network.name)}
                className={linkClass}
              >
                {network.name}
              </a>
            </li>
          ))}
          <li>
            <a
              href={`mailto:?subject=${t}&body=${encodeURIComponent(`${title}\n\n${url}`)}`}
              aria-label={messages.shareByEmail}
              className={linkClass}
            >
              {/* The catalog's word, which its "share by email" contains (label in name). */}
              {messages.emailLabel}
            </a>
          </li>
        </ul>
      </div>
    </section>
  );
}
