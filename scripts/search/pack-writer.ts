/**
 * Writes many small blobs into a few pack files (`p/<k>.bin`), which the
 * browser reads with HTTP Range requests: thousands of postings cost a
 * handful of files instead of one file each. Static hosts limit files per
 * deploy, and on this kind of machine creating a file costs a quarter of a
 * millisecond, so at 20,000 reports one file per posting was a fifth of
 * the indexing time. A pack grows to `limit` bytes; a group of blobs that
 * must be contiguous never straddles two packs.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Where a blob is: pack number and byte offset in it. */
export interface PackAddress {
  pack: number;
  offset: number;
}

/** What the index layout writes packed blobs to. */
export interface PackSink {
  reserve(size: number): PackAddress;
  write(bytes: Uint8Array): PackAddress;
}

export class PackWriter implements PackSink {
  private fd = -1;
  private pack = -1;
  private offset = 0;
  /** Pack files written. */
  files = 0;
  /** Bytes written. */
  bytes = 0;

  private readonly folder: string;
  private readonly limit: number;
  constructor(folder: string, limit = 4 * 2 ** 20) {
    this.folder = folder;
    this.limit = limit;
  }

  /** Makes sure the next `size` bytes, written with `write`, go into one pack (a new one if the current would pass the limit). */
  reserve(size: number): PackAddress {
    if (this.fd === -1 || (this.offset > 0 && this.offset + size > this.limit)) {
      if (this.fd !== -1) closeSync(this.fd);
      if (this.pack === -1) mkdirSync(this.folder, { recursive: true });
      this.pack++;
      this.fd = openSync(join(this.folder, `${this.pack}.bin`), 'w');
      this.offset = 0;
      this.files++;
    }
    return { pack: this.pack, offset: this.offset };
  }

  /**
   * Appends a blob to the current pack and returns where it went. It never
   * starts a new pack: a group reserved with `reserve` stays in one pack even
   * when it is larger than the limit.
   */
  write(bytes: Uint8Array): PackAddress {
    if (this.fd === -1) this.reserve(bytes.length);
    const at = { pack: this.pack, offset: this.offset };
    let done = 0;
    while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done);
    this.offset += bytes.length;
    this.bytes += bytes.length;
    return at;
  }

  close(): void {
    if (this.fd !== -1) closeSync(this.fd);
    this.fd = -1;
  }
}
