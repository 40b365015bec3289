// Parsing the engine's answers once: the same text (its timing aside) gives back the same
// object, a different text a new one, and the memory kept stays within its bound.

import { expect } from "chai";
import { createRepeatedAnswers } from "../../indexer/repeated-answers.js";
import { createSameInputs } from "../../server/same-inputs.js";

const answer = (title: string, ms: number) =>
  `{"hits":[{"title":${JSON.stringify(title)}}],"processingTimeMs":${ms},"estimatedTotalHits":1}`;

describe("repeated engine answers", function () {
  it("gives back the same object for the same answer with another timing", function () {
    const answers = createRepeatedAnswers();
    const first = answers.parse("body", answer("Nuorten tuki", 3));
    expect(answers.parse("body", answer("Nuorten tuki", 41))).to.equal(first);
    expect(first).to.deep.equal(JSON.parse(answer("Nuorten tuki", 3)));
  });

  it("parses a changed answer, or an answer to another request, anew", function () {
    const answers = createRepeatedAnswers();
    const first = answers.parse("body", answer("Nuorten tuki", 3));
    const changed = answers.parse("body", answer("Nuorten tuki ja neuvonta", 3));
    expect(changed).to.not.equal(first);
    expect(changed).to.deep.equal(JSON.parse(answer("Nuorten tuki ja neuvonta", 3)));
    expect(answers.parse("other body", answer("Nuorten tuki ja neuvonta", 3))).to.not.equal(changed);
  });

  it("does not take a timing written inside a text for the answer's own", function () {
    const answers = createRepeatedAnswers();
    const title = (ms: number) => `"processingTimeMs":${ms}`;
    const first = answers.parse("body", answer(title(1), 3));
    const other = answers.parse("body", answer(title(2), 3));
    expect(other).to.not.equal(first);
    expect((other as { hits: { title: string }[] }).hits[0]?.title).to.equal(title(2));
  });

  it("forgets the least recently used answers beyond its bound", function () {
    const text = answer("x".repeat(100), 1);
    const answers = createRepeatedAnswers(text.length * 2);
    const a = answers.parse("a", text);
    const b = answers.parse("b", text);
    expect(answers.parse("a", text)).to.equal(a); // a is now the most recent
    answers.parse("c", text);
    expect(answers.parse("a", text)).to.equal(a);
    expect(answers.parse("b", text)).to.not.equal(b);
  });

  it("gives back what was made only for the very same inputs", function () {
    const made = createSameInputs<object[], string>(2);
    const [one, two] = [{}, {}];
    made.set("q", [one, two], "result");
    expect(made.get("q", [one, two])).to.equal("result");
    expect(made.get("q", [one, {}])).to.equal(undefined);
    expect(made.get("q", [one])).to.equal(undefined);
    made.set("r", [one], "r");
    made.set("s", [one], "s");
    expect(made.get("q", [one, two])).to.equal(undefined);
  });
});
