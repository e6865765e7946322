import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { consoleMessages } from '@/lib/messages';

export const metadata: Metadata = {
  title: consoleMessages.title,
  robots: { index: false, follow: false },
};

export default function ModerationLayout({ children }: { children: ReactNode }) {
  return <div className="font-sans">{children}</div>;
}
