import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect } from "chai";
import { createSerialQueue, readIfExists, writeAtomic } from "../../core/file-store.js";

describe("file store", function () {
  let dir: string;
  beforeEach(async function () {
    dir = await mkdtemp(path.join(os.tmpdir(), "hankehaku-store-"));
  });
  afterEach(async function () {
    await rm(dir, { recursive: true, force: true });
  });

  it("reads a missing file as undefined and writes atomically, folders included, no temporary left", async function () {
    const file = path.join(dir, "a", "b.json");
    expect(await readIfExists(file)).to.equal(undefined);
    await writeAtomic(file, "{}");
    await writeAtomic(file, '{"x":1}');
    expect(await readIfExists(file)).to.equal('{"x":1}');
    expect(await readdir(path.join(dir, "a"))).to.deep.equal(["b.json"]);
  });

  it("runs queued tasks one after another, and a failure stays the caller's", async function () {
    const queue = createSerialQueue();
    const order: string[] = [];
    const slow = queue.run(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push("slow");
    });
    const failing = queue.run(() => Promise.reject(new Error("levy täynnä")));
    const fast = queue.run(() => Promise.resolve(void order.push("fast")));
    await slow;
    await fast;
    await failing.then(
      () => expect.fail("should fail"),
      (error: Error) => expect(error.message).to.equal("levy täynnä"),
    );
    expect(order).to.deep.equal(["slow", "fast"]);
  });
});
