import { getImageProps } from 'next/image';
import type { ImageSize } from '@/lib/articles';

type Props = {
  image: { src: string; alt: string; caption?: string; credit?: string };
  size: ImageSize;
  /** The lead image of the page loads eagerly: it is the largest thing above the fold. */
  priority?: boolean;
};

export function HeroImage({ image, size, priority = false }: Props) {
  const { props } = getImageProps({
    src: image.src,
    alt: image.alt,
    width: size.width,
    height: size.height,
    sizes: '(min-width: 768px) 768px, 100vw',
    loading: priority ? 'eager' : 'lazy',
    fetchPriority: priority ? 'high' : 'auto',
    className: 'h-auto w-full rounded bg-neutral-200 dark:bg-neutral-800',
  });
  return (
    <figure className="my-6">
      {/* A plain <img> with next/image's responsive, optimized sources: no client JavaScript. */}
      <img {...props} alt={image.alt} />
      {(image.caption || image.credit) && (
        <figcaption className="mt-2 font-sans text-sm text-neutral-600 dark:text-neutral-400">
          {image.caption}
          {image.caption && image.credit && ' '}
          {image.credit && <span className="text-neutral-500 italic">{image.credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}
