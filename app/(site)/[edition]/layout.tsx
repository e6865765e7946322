import type { Metadata, Viewport } from 'next';
import { cacheLife } from 'next/cache';
import type { ReactNode } from 'react';
import { SiteDocument } from '@/components/layout/site-document';
import { editionParams, resolveEdition } from '@/lib/editions/route-params';
import { siteMetadata, siteViewport } from '@/lib/pages/metadata';
import '../../globals.css';

// The root layout of every prerendered page, one per edition: the edition comes from the URL
// (English pages reach it through next.config.mjs's rewrites), so `<html lang dir>` is right
// before any article is read. Pages rendered per request (the console, comment status and
// reports) have their own root layout in app/(per-request) around the same document.

export async function generateStaticParams() {
  return editionParams();
}

export async function generateMetadata({ params }: LayoutProps<'/[edition]'>): Promise<Metadata> {
  return siteMetadata(resolveEdition((await params).edition).code);
}

export const viewport: Viewport = siteViewport;

export default async function EditionLayout({ children, params }: LayoutProps<'/[edition]'>) {
  const edition = resolveEdition((await params).edition);
  return <EditionDocument lang={edition.code}>{children}</EditionDocument>;
}

async function EditionDocument({ lang, children }: { lang: string; children: ReactNode }) {
  'use cache';
  // The chrome changes only with a new build (sections, site name); the year in the footer may
  // lag a few days at New Year, which is a fair price for a fully static shell.
  cacheLife('max');
  return <SiteDocument lang={lang}>{children}</SiteDocument>;
}
