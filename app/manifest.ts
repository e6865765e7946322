import type { MetadataRoute } from 'next';
import { webAppManifest } from '@/lib/pages/manifest';

export default function manifest(): MetadataRoute.Manifest {
  return webAppManifest();
}
