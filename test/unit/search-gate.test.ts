// The gate in front of Meilisearch: no more calls in flight than allowed, the rest wait in
// order; a wait too long is a 503 with a short Retry-After; a timeout frees those waiting.

import { expect } from "chai";
import { EngineUnavailableError } from "../../server/engine-errors.js";
import { createSearchGate, EngineBusyError } from "../../server/search-gate.js";

/** A call that finishes when the test says so. */
function held() {
  let finish = () => {};
  const done = new Promise<string>((resolve) => (finish = () => resolve("answered")));
  return { work: () => done, finish };
}

describe("search gate", function () {
  it("runs at most `concurrency` calls at once and the others in the order they came", async function () {
    const gate = createSearchGate({ concurrency: 2 });
    const calls = [held(), held(), held()];
    const order: number[] = [];
    const results = calls.map((call, i) => gate.run(() => (order.push(i), call.work())));
    await Promise.resolve();
    expect([gate.running, gate.waiting]).to.deep.equal([2, 1]);
    calls[0]?.finish();
    await results[0];
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).to.deep.equal([0, 1, 2]);
    calls[1]?.finish();
    calls[2]?.finish();
    expect(await Promise.all(results)).to.deep.equal(["answered", "answered", "answered"]);
  });

  it("answers a call that waited too long with EngineBusyError, a 503 to retry in a second", async function () {
    const gate = createSearchGate({ concurrency: 1, maxWaitMs: 20 });
    const first = held();
    const running = gate.run(first.work);
    const error = await gate.run(() => Promise.resolve("late")).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(EngineBusyError).and.instanceOf(EngineUnavailableError);
    expect((error as EngineBusyError).retryAfterSeconds).to.equal(1);
    first.finish();
    expect(await running).to.equal("answered", "the call that had its turn is not cut short");
  });

  it("refuses at once when too many calls wait", async function () {
    const gate = createSearchGate({ concurrency: 1, maxQueued: 1 });
    const first = held();
    const running = gate.run(first.work);
    const waiting = gate.run(() => Promise.resolve("second"));
    const error = await gate.run(() => Promise.resolve("third")).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(EngineBusyError);
    first.finish();
    expect([await running, await waiting]).to.deep.equal(["answered", "second"]);
  });

  it("fails the waiting calls, not the running one, when the engine is found hung", async function () {
    const gate = createSearchGate({ concurrency: 1 });
    const first = held();
    const running = gate.run(first.work);
    const waiting = gate.run(() => Promise.resolve("never")).catch((caught: unknown) => caught);
    const hung = new EngineUnavailableError("hung");
    gate.failWaiting(hung);
    expect(await waiting).to.equal(hung);
    first.finish();
    expect(await running).to.equal("answered");
    expect(await gate.run(() => Promise.resolve("after"))).to.equal("after", "later calls go through");
  });
});
