import { spawn } from 'node:child_process';

/**
 * `--beside N`: N more copies of the same bench, started with this one (their own databases and
 * servers, on the same machine), so that its figures are those of a machine busy with another run
 * as it measures. Their output is printed after this bench's, each under its own heading.
 */
export function startBeside(bench: string, args: string[], copies: number): { finish(): Promise<void> } {
  const own = withoutBeside(args);
  const runs = Array.from({ length: copies }, () => {
    const child = spawn(process.execPath, [process.argv[1], bench, ...own], { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    return { exited, output: () => output };
  });
  return {
    async finish() {
      for (const [i, run] of runs.entries()) {
        const code = await run.exited;
        console.log(`\n--- the bench run beside it (${i + 1} of ${copies}), exit code ${code} ---`);
        console.log(run.output().trimEnd());
        if (code !== 0) process.exitCode = 1;
      }
    },
  };
}

/** The arguments without `--beside N` (or `--beside=N`). Pure. */
export function withoutBeside(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--beside') i++;
    else if (!args[i].startsWith('--beside=')) out.push(args[i]);
  }
  return out;
}
