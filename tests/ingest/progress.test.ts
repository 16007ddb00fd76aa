import { describe, expect, it, vi } from 'vitest';
import { createProgress } from '../../scripts/ingest/progress.ts';

function fakeStream(isTTY: boolean) {
  const chunks: string[] = [];
  return { stream: { isTTY, write: (s: string) => chunks.push(s) } as unknown as NodeJS.WriteStream, chunks };
}

describe('progress bar', () => {
  it('draws on a terminal once a run lasts, and clears itself at the end', () => {
    vi.useFakeTimers();
    const { stream, chunks } = fakeStream(true);
    const bar = createProgress(10, stream);
    bar.tick('a.txt');
    expect(chunks).toEqual([]);
    vi.advanceTimersByTime(1000);
    bar.tick('b.txt');
    expect(chunks.at(-1)).toMatch(/2\/10 b\.txt/);
    bar.done();
    expect(chunks.at(-1)).toMatch(/^\r\s+\r$/);
    vi.useRealTimers();
  });

  it('stays silent in a pipe or CI log', () => {
    vi.useFakeTimers();
    const { stream, chunks } = fakeStream(false);
    const bar = createProgress(10, stream);
    vi.advanceTimersByTime(1000);
    bar.tick('a.txt');
    bar.done();
    expect(chunks).toEqual([]);
    vi.useRealTimers();
  });
});
