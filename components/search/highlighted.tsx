import type { Segment } from '@/lib/search';

/** Text with its matched words in <mark>, built as React nodes: nothing is parsed as HTML. */
export function Highlighted({ segments }: { segments: readonly Segment[] }) {
  return segments.map((segment, index) =>
    segment.match ? (
      <mark
        key={index}
        className="rounded-sm bg-amber-200 px-0.5 text-inherit dark:bg-amber-700/60 dark:text-neutral-50"
      >
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  );
}
