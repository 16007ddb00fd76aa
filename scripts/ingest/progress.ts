/**
 * A one-line progress bar on stderr for long runs. It draws only on a
 * terminal and only once a run has lasted a moment, so short runs, CI logs
 * and pipes stay clean.
 */
const DELAY_MS = 500;
const WIDTH = 24;

export interface Progress {
  tick(label: string): void;
  done(): void;
}

export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  const started = Date.now();
  let count = 0;
  let lastDraw = 0;
  let drawn = false;
  const enabled = Boolean(stream.isTTY) && total > 1;

  function draw(label: string) {
    const share = total === 0 ? 1 : count / total;
    const filled = Math.round(share * WIDTH);
    const bar = '█'.repeat(filled) + '░'.repeat(WIDTH - filled);
    const name = label.length > 40 ? `…${label.slice(-39)}` : label;
    stream.write(`\r${bar} ${count}/${total} ${name}`.padEnd(90));
    drawn = true;
  }

  return {
    tick(label) {
      count += 1;
      const now = Date.now();
      if (!enabled || now - started < DELAY_MS || now - lastDraw < 100) return;
      lastDraw = now;
      draw(label);
    },
    done() {
      if (drawn) stream.write(`\r${' '.repeat(90)}\r`);
    },
  };
}
