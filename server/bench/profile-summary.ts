// Summarises V8 CPU profiles (`--cpu-prof`): the functions with the most self time, and
// the same time summed by package (node_modules/<name>), node internals and this repo.
//   npx tsx server/bench/profile-summary.ts <file.cpuprofile>… [--top 25]
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const args = process.argv.slice(2);
const topFlag = args.indexOf('--top');
const top = topFlag >= 0 ? Number(args[topFlag + 1]) : 25;
const files = args.filter((a, i) => !a.startsWith('--') && (topFlag < 0 || i !== topFlag + 1));
if (files.length === 0) {
  console.error('usage: npx tsx server/bench/profile-summary.ts <file.cpuprofile>… [--top 25]');
  process.exit(2);
}

const byFunction = new Map<string, number>();
const byPlace = new Map<string, number>();
/** Node internals and native frames charged to the nearest caller in a package or this repo: who asked for that work. */
const byCaller = new Map<string, number>();
let total = 0;
for (const file of files) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parents = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parents.set(child, n.id);
  const callerOf = (id: number): string => {
    for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
      const frame = nodes.get(at)!.callFrame;
      const place = placeOf(frame.url.replace(/^file:\/\//, ''), frame.functionName);
      if (place !== 'node internals' && place !== '(native)' && !place.startsWith('(')) return place;
    }
    return placeOf(nodes.get(id)!.callFrame.url, nodes.get(id)!.callFrame.functionName);
  };
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    const frame = nodes.get(id)!.callFrame;
    total += us;
    const where = frame.url.replace(/^file:\/\//, '');
    const name =
      `${frame.functionName || '(anonymous)'} ${where ? `${where.split('/').slice(-2).join('/')}:${frame.lineNumber + 1}` : ''}`.trim();
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
    byPlace.set(placeOf(where, frame.functionName), (byPlace.get(placeOf(where, frame.functionName)) ?? 0) + us);
    const caller = callerOf(id);
    byCaller.set(caller, (byCaller.get(caller) ?? 0) + us);
  });
}

function placeOf(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg) return pkg;
  if (url.startsWith('node:')) return 'node internals';
  const inRepo = /\/(server\/src|midtrans-simulator\/src)\/(.*)$/.exec(url);
  return inRepo ? `${inRepo[1]}/${inRepo[2]!.split('/')[0]}` : url;
}

// Shares of the time the process was busy: idle time (waiting on the database, on
// sockets) is shown apart, since it costs no CPU.
const idle = byFunction.get('(idle)') ?? 0;
const busy = total - idle;
byFunction.delete('(idle)');
byPlace.delete('(idle)');
byCaller.delete('(idle)');
const table = (map: Map<string, number>, n: number) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, us]) => `${((us / busy) * 100).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(7)} ms  ${name}`)
    .join('\n');
console.log(
  `${(total / 1e6).toFixed(1)} s of samples in ${files.length} profile(s), ${(busy / 1e6).toFixed(1)} s busy (shares below are of busy time)\n\n` +
    `self time by package:\n${table(byPlace, 20)}\n\n` +
    `the same, node internals and native work charged to the package that called them:\n${table(byCaller, 20)}\n\n` +
    `self time by function:\n${table(byFunction, top)}`,
);
