// Refunds from the operator desk while Midtrans times out, answers 5xx, and the API is
// killed (-9) with refunds in flight (issue 16). Afterwards every refund must be settled
// (made or refused, none left unknown) and, order by order, what the desk says was
// refunded must be what Midtrans refunded: a refund whose answer was lost is neither
// made twice (the refund key) nor forgotten (follow-ups, the reconciler).
import type { ApiClient } from './api-client.js';
import type { OrderRun, Outage } from './burst.js';
import type { Check } from './checks.js';
import { DeskClient, type DeskOrder, type RefundAnswer } from './desk-client.js';
import type { Random } from './random.js';
import type { Stack } from './services.js';
import type { MidtransStatus, SimulatorClient } from './simulator-client.js';

/** The API's MIDTRANS_STATUS_TIMEOUT_MS default: a fault holding a refund longer makes Lunas give up first. */
const API_TIMEOUT_MS = 3_000;
/** Payment types Midtrans's Core API refunds (docs/midtrans.md §5.5). */
const REFUNDABLE = new Set(['gopay', 'credit_card', 'shopeepay', 'qris']);

export interface DeskRefundRun {
  orderId: string;
  index: number;
  gross: number;
  /** What each refundPayment answered, in order, with the key sent. */
  answers: { key: string; amount: number; answer: RefundAnswer }[];
}

export interface DeskRefundDeps {
  stack: Stack;
  api: ApiClient;
  simulator: SimulatorClient;
  random: Random;
  orders: OrderRun[];
  outages: Outage[];
  count: number;
  log: (line: string) => void;
}

type Fault = { route: string; status?: number; timeoutMs?: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const rupiah = (amount: string | undefined) => (amount ? Number(amount.slice(0, -3)) : 0);

export async function runDeskRefunds(deps: DeskRefundDeps): Promise<DeskRefundRun[]> {
  const { stack, api, simulator, random, log } = deps;
  // Settled orders Midtrans can refund, that the burst did not refund, that the API shows as PAID.
  const candidates: OrderRun[] = [];
  for (const order of deps.orders) {
    if (candidates.length >= deps.count) break;
    if (!order.orderId || order.plan.steps.some((step) => step.do === 'refund')) continue;
    const truth = await simulator.status(order.orderId);
    if (truth.transaction_status !== 'settlement' || !REFUNDABLE.has(truth.payment_type ?? '')) continue;
    const seen = await api.order(order.orderId, order.accessToken!).catch(() => null);
    if (seen?.status === 'PAID') candidates.push(order);
  }
  if (candidates.length === 0) {
    log('desk refunds: no settled, refundable order to refund');
    return [];
  }

  const desk = new DeskClient(stack.apiUrl);
  await desk.signIn();
  // One fault per refund, taken in whatever order the refunds reach Midtrans: a hold past
  // Lunas's timeout (Midtrans then makes the refund), a 500 or 503 (it makes none), or none.
  const faultsFor = (count: number, timeoutFirst: boolean) =>
    Array.from({ length: count }).flatMap((_, i): Fault[] => {
      const kind = timeoutFirst && i === 0 ? 'timeout' : random.weighted({ timeout: 4, error500: 2, error503: 2, none: 2 });
      if (kind === 'timeout') return [{ route: 'core.refund', timeoutMs: API_TIMEOUT_MS + random.int(300, 1_500) }];
      if (kind === 'none') return [];
      return [{ route: 'core.refund', status: kind === 'error500' ? 500 : 503 }];
    });
  const describeFaults = (faults: Fault[]) => JSON.stringify(faults.map((f) => f.status ?? `hold ${f.timeoutMs} ms`));

  const runs: DeskRefundRun[] = candidates.map((order) => ({
    orderId: order.orderId!,
    index: order.index,
    gross: order.grossAmount!,
    answers: [],
  }));
  const send = async (run: DeskRefundRun, key: string, amount: number, reason: string) => {
    const answer = await desk.refund({ orderId: run.orderId, amount, reason, idempotencyKey: key });
    run.answers.push({ key, amount, answer });
    return answer;
  };
  const amounts = runs.map((run) => (random.chance(0.4) ? run.gross : Math.max(1_000, Math.floor((run.gross * random.int(10, 60)) / 100))));
  const sendFirst = (wave: DeskRefundRun[]) =>
    Promise.all(wave.map((run) => send(run, `desk-${run.index}-a`, amounts[runs.indexOf(run)]!, 'chaos: goods returned')));

  // Wave 1 is answered (at least one refund timing out while Midtrans makes it): the API
  // lives to record the silences as unknown and to start its follow-ups.
  const half = Math.ceil(runs.length / 2);
  const [first, second] = [runs.slice(0, half), runs.slice(half)];
  const firstFaults = faultsFor(first.length, true);
  await simulator.setFaults(firstFaults);
  log(`desk refunds: wave 1, ${first.length} orders, faults ${describeFaults(firstFaults)}`);
  await sendFirst(first);

  // Wave 2: the API dies with refunds in flight (held by Midtrans): their answers are
  // lost, and so are the follow-up checks still to come of wave 1.
  const secondFaults = faultsFor(second.length, false);
  await simulator.setFaults(secondFaults);
  log(`desk refunds: wave 2, ${second.length} orders, faults ${describeFaults(secondFaults)}`);
  const inFlight = sendFirst(second);
  await sleep(API_TIMEOUT_MS - 1_000);
  const from = Date.now();
  await stack.api!.kill9();
  log('desk refunds: kill -9 API with refunds in flight; restarting');
  await stack.api!.start();
  deps.outages.push({ what: 'api', from, to: Date.now() });
  log(`desk refunds: API back after ${Date.now() - from} ms`);
  await inFlight;
  await desk.signIn().catch(() => undefined); // the session survives a restart (stored); signing in again is harmless

  // What an operator might do next with a refund that has no answer.
  await Promise.all(
    runs.map(async (run, i) => {
      const last = run.answers.at(-1)!.answer;
      if (last.ok) return;
      const action = random.weighted({ sameKeyEditedReason: 3, newKey: 2, leave: 2 });
      if (action === 'sameKeyEditedReason') await send(run, `desk-${run.index}-a`, amounts[i]!, 'chaos: goods returned, photo attached');
      else if (action === 'newKey') await send(run, `desk-${run.index}-b`, Math.max(1, Math.floor(amounts[i]! / 2)), 'chaos: another try');
    }),
  );
  await simulator.driver('DELETE', '/faults');
  return runs;
}

/** Settled and equal on both sides: polled until true or the deadline. */
export async function checkDeskRefunds(
  runs: DeskRefundRun[],
  deps: { simulator: SimulatorClient; apiUrl: string; deadline: number; log: (line: string) => void },
): Promise<Check[]> {
  if (runs.length === 0) return [{ name: 'desk refunds', ok: true, detail: 'no refundable order this run' }];
  const desk = new DeskClient(deps.apiUrl);
  await desk.signIn();
  let sides: { run: DeskRefundRun; desk: DeskOrder | null; truth: MidtransStatus }[] = [];
  for (let round = 1; ; round++) {
    sides = await Promise.all(
      runs.map(async (run) => ({
        run,
        desk: await desk.order(run.orderId).catch(() => null),
        truth: await deps.simulator.status(run.orderId),
      })),
    );
    const settled = sides.every((s) => s.desk && s.desk.refunds.every((r) => r.status === 'ACCEPTED' || r.status === 'FAILED'));
    const equal = sides.every((s) => deskTotal(s.desk) === midtransTotal(s.truth));
    if ((settled && equal) || Date.now() > deps.deadline) break;
    if (round % 5 === 1) deps.log('desk refunds not yet settled on both sides; waiting');
    await sleep(2_000);
  }

  const unsettled = sides.flatMap((s) =>
    (s.desk?.refunds ?? [])
      .filter((r) => r.status !== 'ACCEPTED' && r.status !== 'FAILED')
      .map((r) => `${s.run.orderId} ${r.refundKey} ${r.status}`),
  );
  const unequal = sides.filter((s) => deskTotal(s.desk) !== midtransTotal(s.truth));
  const keys = sides.flatMap((s) => (s.truth.refunds ?? []).map((r) => `${s.run.orderId}:${r.refund_key}`));
  const twice = keys.filter((key, i) => keys.indexOf(key) !== i);
  const strangers = sides.flatMap((s) =>
    (s.truth.refunds ?? [])
      .filter((r) => !s.run.answers.some((a) => a.key === r.refund_key))
      .map((r) => `${s.run.orderId}:${r.refund_key}`),
  );
  const desks = sides.reduce((sum, s) => sum + deskTotal(s.desk), 0);
  const midtrans = sides.reduce((sum, s) => sum + midtransTotal(s.truth), 0);
  const answers = runs.flatMap((run) => run.answers.map((a) => (a.answer.ok ? a.answer.status : a.answer.code)));
  return [
    {
      name: 'desk refunds: none left unknown',
      ok: unsettled.length === 0,
      detail: unsettled.length
        ? unsettled.join('; ')
        : `${sides.reduce((n, s) => n + (s.desk?.refunds.length ?? 0), 0)} refunds settled; answers ${JSON.stringify(tally(answers))}`,
    },
    {
      name: "desk refunds: the desk's refunded total = Midtrans's, order by order",
      ok: unequal.length === 0 && desks === midtrans,
      detail: unequal.length
        ? unequal.map((s) => `${s.run.orderId}: desk ${deskTotal(s.desk)}, Midtrans ${midtransTotal(s.truth)}`).join('; ')
        : `Rp ${desks} on both sides over ${runs.length} orders`,
    },
    {
      name: 'desk refunds: Midtrans made at most one refund per key, each one the desk asked for',
      ok: twice.length === 0 && strangers.length === 0,
      detail:
        twice.length || strangers.length
          ? `twice: ${twice.join(', ') || '-'}; unknown keys: ${strangers.join(', ') || '-'}`
          : `${keys.length} refunds`,
    },
  ];
}

const deskTotal = (desk: DeskOrder | null) =>
  desk ? desk.refunds.filter((r) => r.status === 'ACCEPTED').reduce((sum, r) => sum + r.amount, 0) : -1;
const midtransTotal = (truth: MidtransStatus) => (truth.refunds ?? []).reduce((sum, r) => sum + rupiah(r.refund_amount), 0);

function tally(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}
