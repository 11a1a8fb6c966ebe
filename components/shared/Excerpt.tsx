import type { Excerpt as ExcerptData } from '../../lib/interview/excerpt';

/** A passage with its matched words emphasised; ellipses where it was cut. */
export function Excerpt({ excerpt }: { excerpt: ExcerptData }) {
  return (
    <>
      {excerpt.clippedStart && '…'}
      {excerpt.before}
      <mark>{excerpt.match}</mark>
      {excerpt.after}
      {excerpt.clippedEnd && '…'}
    </>
  );
}
