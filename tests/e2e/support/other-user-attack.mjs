// The other local user of RELIABILITY.md I.39, run as another account (`setpriv` to nobody)
// against a browser host started by the test's user. It reads every file and process entry it
// can, gathers everything that looks like a secret, then calls every URL it can reach with
// those and with guesses. It prints one JSON report; the test, which knows the real secrets,
// judges it. Plain Node, no dependencies: it is fed to `node` on stdin, so the attacker needs
// no access to the project's files.
import { readdirSync, readFileSync, lstatSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

const plan = JSON.parse(process.env.ETOM_ATTACK_PLAN ?? '{}');
const { port, methods, assets, scanRoots, probes, workspace } = plan;
const HEX_SECRET = /[0-9a-f]{64}/g;
const FILE_LIMIT = 1024 * 1024;
const TOTAL_LIMIT = 64 * 1024 * 1024;
const MAX_FILES = 20_000;
const MAX_CANDIDATES = 400;

const report = {
  uid: process.getuid(),
  files: { read: 0, refused: 0, bytes: 0 },
  procs: { cmdlines: 0, environsRead: 0, environsRefused: 0, hostCmdline: '', hostEnviron: '' },
  refusedPaths: [],
  http: { requests: 0, launchGuesses: 0, apiCalls: 0, statuses: {} },
  candidates: [],
  succeeded: [],
};
const candidates = new Set();
let totalBytes = 0;

function harvest(text) {
  for (const match of text.matchAll(HEX_SECRET)) {
    if (candidates.size < MAX_CANDIDATES) candidates.add(match[0]);
  }
}

function readText(path) {
  try {
    const data = readFileSync(path);
    report.files.read += 1;
    report.files.bytes += data.length;
    totalBytes += data.length;
    const text = data.subarray(0, FILE_LIMIT).toString('latin1');
    harvest(text);
    return text;
  } catch (error) {
    report.files.refused += 1;
    if (probes.some((probed) => path.startsWith(probed))) {
      report.refusedPaths.push(`${path}: ${error.code}`);
    }
    return null;
  }
}

/** Every regular file under `root` this account may read, depth-first, within the limits. */
function walk(root, depth = 0) {
  if (depth > 8 || report.files.read > MAX_FILES || totalBytes > TOTAL_LIMIT) return;
  let entries;
  try {
    entries = readdirSync(root);
  } catch (error) {
    if (probes.some((probed) => root.startsWith(probed))) {
      report.refusedPaths.push(`${root}: ${error.code}`);
    }
    return;
  }
  for (const name of entries) {
    const path = join(root, name);
    let info;
    try {
      info = lstatSync(path);
    } catch {
      continue;
    }
    if (info.isDirectory()) walk(path, depth + 1);
    else if (info.isFile() && info.size <= FILE_LIMIT) readText(path);
  }
}

/** Every process's command line, and all the host's process entries this account may open. */
function scanProcesses() {
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    const cmdline = readText(`/proc/${pid}/cmdline`);
    if (cmdline === null) continue;
    report.procs.cmdlines += 1;
    const isHost = cmdline.includes('browser-host.js') && cmdline.includes('--data-dir');
    if (isHost) report.procs.hostCmdline = cmdline.split('\0').join(' ').trim();
    const environ = readText(`/proc/${pid}/environ`) === null ? 'refused' : 'read';
    if (environ === 'refused') report.procs.environsRefused += 1;
    else report.procs.environsRead += 1;
    if (!isHost) continue;
    report.procs.hostEnviron = environ;
    for (const leaf of ['maps', 'mem', 'io', 'stack']) readText(`/proc/${pid}/${leaf}`);
    for (const leaf of ['fd', 'cwd', 'root', 'map_files']) walk(`/proc/${pid}/${leaf}`, 7);
  }
}

/** A file or a folder named in the plan: read it, or everything under it. */
function probe(path) {
  let info;
  try {
    info = lstatSync(path);
  } catch (error) {
    report.refusedPaths.push(`${path}: ${error.code}`);
    return;
  }
  if (info.isDirectory()) walk(path);
  else readText(path);
}

/** One HTTP request; never throws. */
function send(method, path, headers, body) {
  report.http.requests += 1;
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        harvest(text);
        const cookies = [res.headers['set-cookie'] ?? []].flat();
        cookies.forEach(harvest);
        report.http.statuses[res.statusCode] = (report.http.statuses[res.statusCode] ?? 0) + 1;
        resolve({ status: res.statusCode, text, cookies });
      });
      res.on('error', () => resolve({ status: 0, text: '', cookies: [] }));
    });
    req.on('error', () => resolve({ status: 0, text: '', cookies: [] }));
    req.end(body);
  });
}

/**
 * A request with header lines as given (two Host lines), on a raw socket; answers the status
 * line. The socket is not half-closed: a server may drop an answer it was still preparing.
 */
function sendRaw(lines, body) {
  report.http.requests += 1;
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      socket.destroy();
      harvest(answer);
      resolve(answer.split('\r\n')[0] ?? '');
    };
    socket.setTimeout(10_000, finish);
    socket.on('data', (chunk) => {
      answer += chunk.toString('utf8');
      if (answer.includes('\r\n\r\n')) finish();
    });
    socket.on('error', finish);
    socket.on('close', finish);
    socket.write(`${lines.join('\r\n')}\r\n\r\n${body}`);
  });
}

async function pool(jobs, width = 8) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < jobs.length) await jobs[next++]();
    }),
  );
}

function argsFor(method) {
  if (method === 'folder.inspect' || method === 'workspace.open') return { path: workspace };
  if (method === 'recent.remove') return { path: workspace };
  return {};
}

async function attackHttp() {
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  const pages = ['/', '/index.html', '/launch', '/launch?code=', '/favicon.ico', ...assets];
  const jobs = [];
  for (const host of hosts) {
    for (const path of pages) {
      for (const method of ['GET', 'HEAD']) {
        jobs.push(async () => {
          const reply = await send(method, path, { Host: host });
          if (reply.status === 200 && path !== '/favicon.ico') {
            report.succeeded.push(`${method} ${path} as ${host}: 200`);
          }
        });
      }
    }
  }
  await pool(jobs);

  // Guessed codes, then every secret-looking string gathered so far.
  const guesses = [...Array.from({ length: 200 }, () => randomBytes(32).toString('hex'))];
  const tryCode = async (code) => {
    report.http.launchGuesses += 1;
    const reply = await send('GET', `/launch?code=${code}`, { Host: hosts[0] });
    if (reply.status === 200 || reply.cookies.length > 0) {
      report.succeeded.push(`launch code ${code.slice(0, 8)}...: ${reply.status}`);
    }
  };
  await pool(guesses.map((code) => () => tryCode(code)));
  await pool([...candidates].map((code) => () => tryCode(code)));

  // Every method, with no credential, with forged and gathered strings as a session cookie and
  // as the old token header, and behind a second Host line.
  const credentials = [{}];
  const forged = Array.from({ length: 10 }, () => randomBytes(32).toString('hex'));
  for (const value of [...forged, ...[...candidates].slice(0, 40)]) {
    credentials.push({ Cookie: `etom-session-${port}=${value}` });
    credentials.push({ 'X-Etom-Token': value });
  }
  const calls = [];
  for (const method of methods) {
    for (const credential of credentials) {
      calls.push(async () => {
        report.http.apiCalls += 1;
        const reply = await send(
          'POST',
          `/api/${method}`,
          { Host: hosts[0], 'Content-Type': 'application/json', ...credential },
          JSON.stringify(argsFor(method)),
        );
        if (reply.status === 200 || reply.text.startsWith('{"ok":true')) {
          report.succeeded.push(`${method} with ${Object.keys(credential)[0] ?? 'nothing'}`);
        }
      });
    }
    calls.push(async () => {
      report.http.apiCalls += 1;
      const status = await sendRaw(
        [
          `POST /api/${method} HTTP/1.1`,
          `Host: ${hosts[0]}`,
          'Host: evil.example',
          'Content-Type: application/json',
          'Content-Length: 2',
          'Connection: close',
        ],
        '{}',
      );
      if (/^HTTP\/1\.1 200/.test(status)) report.succeeded.push(`${method} with two Host lines`);
    });
  }
  await pool(calls);
}

scanProcesses();
for (const root of scanRoots) walk(root);
probes.forEach(probe);
await attackHttp();
report.candidates = [...candidates];
process.stdout.write(JSON.stringify(report));
