import type { Metadata, Viewport } from 'next';
import { cacheLife } from 'next/cache';
import type { ReactNode } from 'react';
import { SiteDocument } from '@/components/layout/site-document';
import { siteMetadata, siteViewport } from '@/lib/site-metadata';
import '../globals.css';

// The root layout of every prerendered page. Pages rendered per request (the console, comment
// status and reports) have their own root layout in app/(per-request) around the same document.

export async function generateMetadata(): Promise<Metadata> {
  return siteMetadata();
}

export const viewport: Viewport = siteViewport;

export default async function RootLayout({ children }: { children: ReactNode }) {
  'use cache';
  // The chrome changes only with a new build (sections, site name); the year in the footer may
  // lag a few days at New Year, which is a fair price for a fully static shell.
  cacheLife('max');
  return <SiteDocument>{children}</SiteDocument>;
}
