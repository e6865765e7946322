import type { MetadataRoute } from 'next';
import { getSitemap } from '@/lib/feeds';

export default function sitemap(): Promise<MetadataRoute.Sitemap> {
  return getSitemap();
}
