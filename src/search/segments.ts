/**
 * A shard is one or more segments: `shard-<k>-of-<M>/segments.json` lists
 * them. Each segment folder (`seg-<tag>/`) is a complete index of some
 * pages. A full build writes one segment. A rebuild after a few reports
 * changed keeps it, marks the pages it no longer holds as `deleted`, and
 * adds a small segment with the new and changed reports, so the rebuild
 * costs what changed rather than the whole archive. Segment folders are
 * never rewritten in place: a new build gets a new name, so cached files
 * are never stale.
 */
export const SEGMENTS = 'segments.json';

export interface SegmentEntry {
  /** Folder inside the shard folder. */
  dir: string;
  /** Buckets of its postings directory, so postings can be fetched before its page table arrives. */
  buckets: number;
  /** Page numbers of the segment that no longer count, increasing. */
  deleted: number[];
}

export interface SegmentList {
  version: number;
  segments: SegmentEntry[];
}
