// The generated share image of an article (1200x630), drawn by next/og: plain flexbox, inline
// styles, no Tailwind (satori understands a subset of CSS only).

type Props = { title: string; section: string; date: string; siteName: string };

export function ArticleOgImage({ title, section, date, siteName }: Props) {
  const size = title.length > 90 ? 56 : title.length > 60 ? 66 : 78;
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: '#ffffff',
        borderTop: '24px solid #b0141c',
        fontFamily: 'Sans',
      }}
    >
      <div
        style={{
          display: 'flex',
          fontSize: 30,
          fontWeight: 700,
          color: '#b0141c',
          textTransform: 'uppercase',
          letterSpacing: 2,
        }}
      >
        {section}
      </div>
      <div
        style={{
          display: 'flex',
          fontFamily: 'Serif',
          fontSize: size,
          fontWeight: 700,
          lineHeight: 1.15,
          color: '#111111',
        }}
      >
        {title}
      </div>
      <div
        style={{ display: 'flex', justifyContent: 'space-between', fontSize: 30, color: '#444444' }}
      >
        <span style={{ fontFamily: 'Serif', fontWeight: 700, color: '#111111' }}>{siteName}</span>
        <span>{date}</span>
      </div>
    </div>
  );
}

/** The publisher logo for structured data: the site's name on a light ground, 600x60. */
export function LogoImage({ siteName }: { siteName: string }) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        alignItems: 'center',
        paddingLeft: 12,
        background: '#ffffff',
        borderLeft: '12px solid #b0141c',
        fontFamily: 'Serif',
        fontSize: 40,
        fontWeight: 700,
        color: '#111111',
      }}
    >
      {siteName}
    </div>
  );
}

/** The site's own share card, for pages that have no article image. */
export function SiteOgImage({ siteName, tagline }: { siteName: string; tagline: string }) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'center',
        padding: '64px 72px',
        background: '#ffffff',
        borderTop: '24px solid #b0141c',
      }}
    >
      <div
        style={{
          display: 'flex',
          fontFamily: 'Serif',
          fontSize: 110,
          fontWeight: 700,
          color: '#111111',
        }}
      >
        {siteName}
      </div>
      <div
        style={{
          display: 'flex',
          fontFamily: 'Sans',
          fontSize: 40,
          color: '#444444',
          marginTop: 24,
        }}
      >
        {tagline}
      </div>
    </div>
  );
}
