// A gzip body of a part compressed once and a tail added per response decodes, with gunzip as
// any client has it, to the part and the tail: empty or long parts, multibyte text, any tail.

import { expect } from "chai";
import { gunzipSync } from "node:zlib";
import { gzipPart, gzipWithTail } from "../../server/gzip-tail.js";

describe("gzip with a tail", function () {
  const parts = ["", '{"hits":[]', `{"text":"${"Nuorten tuki – äö€😀 ".repeat(5000)}"`];
  const tails = ['"processingTimeMs":12}', "}", ""];
  for (const part of parts) {
    it(`decodes to the part (${part.length} characters) and each tail`, function () {
      const compressed = gzipPart(part);
      for (const tail of tails) {
        expect(gunzipSync(gzipWithTail(compressed, tail)).toString()).to.equal(part + tail);
      }
    });
  }

  it("compresses the part", function () {
    const part = `{"text":"${"Nuorten tuki ".repeat(5000)}"`;
    expect(gzipWithTail(gzipPart(part), "}").length).to.be.below(part.length / 10);
  });

  it("refuses a tail longer than one stored block", function () {
    expect(() => gzipWithTail(gzipPart("{"), "x".repeat(70_000))).to.throw(RangeError);
  });
});
