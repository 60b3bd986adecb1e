/**
 * The command-line entry (`npm run cli -- <command>`, run by tsx): headless commands over the
 * same services the app uses. Commands live in ./commands, one small file each.
 */
import { runCli } from './run-cli';

// A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
})
  .then((code) => {
    // Not process.exit(): that could cut off output still queued for a pipe.
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
