import type { MetadataRoute } from 'next';
import { getRobots } from '@/lib/feeds';

export default function robots(): MetadataRoute.Robots {
  return getRobots();
}
