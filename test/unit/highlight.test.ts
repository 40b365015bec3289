import { expect } from "chai";
import { loadTextAnalyzer, type TextAnalyzer } from "../../indexer/text-analysis.js";
import { createWordMatcher, escapeHtml, highlight, snippet } from "../../server/highlight.js";

/** The words of a highlighted text that are inside <mark>. */
const marked = (html: string) => [...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => match[1]);

describe("highlight", function () {
  let analyzer: TextAnalyzer;

  before(async function () {
    analyzer = await loadTextAnalyzer();
  });

  it("escapes every character that could open markup or end an attribute", function () {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).to.equal(
      "&#60;a href=&#34;x&#34; onclick=&#39;y&#39;&#62;&#38;&#60;/a&#62;",
    );
  });

  it("marks the query's words whatever their case, and nothing else", function () {
    const match = createWordMatcher("omaishoitajat", analyzer);
    const html = highlight("Tukea Omaishoitajat ja heidän perheensä", match);
    expect(marked(html)).to.deep.equal(["Omaishoitajat"]);
    expect(html.replace(/<\/?mark>/g, "")).to.equal("Tukea Omaishoitajat ja heidän perheensä");
  });

  it("marks inflected forms of a Finnish word as the user will recognise them", function () {
    const match = createWordMatcher("nuoret", analyzer);
    expect(marked(highlight("Nuorten mielenterveys ja nuorille suunnattu tuki", match))).to.include("Nuorten");
  });

  it("treats the last word as still being typed, from two letters on", function () {
    expect(marked(highlight("Mielenterveys ja päihteet", createWordMatcher("mielente", analyzer)))).to.deep.equal([
      "Mielenterveys",
    ]);
    expect(marked(highlight("Mielenterveys ja päihteet", createWordMatcher("m", analyzer)))).to.deep.equal([]);
  });

  it("keeps markup in the text as text, adding only <mark>", function () {
    const html = highlight(`<script>alert("nuoret")</script> nuoret`, createWordMatcher("nuoret", analyzer));
    expect(html).not.to.contain("<script>");
    expect(html).to.contain("&#60;script&#62;");
    expect(html.replace(/<\/?mark>/g, "")).not.to.match(/[<>]/);
  });
});

describe("snippet", function () {
  let analyzer: TextAnalyzer;
  const filler = (count: number, word = "sana") => Array.from({ length: count }, () => word).join(" ");

  before(async function () {
    analyzer = await loadTextAnalyzer();
  });

  it("is empty when no word of the text matched", function () {
    expect(snippet("Ikäihmisten liikunta Kainuussa", createWordMatcher("omaishoito", analyzer))).to.equal("");
  });

  it("shows the part of a long text with the most matches, with an ellipsis where it is cut", function () {
    const text = `${filler(40)} yksinäisyys ${filler(3)} yksinäisyys ${filler(40)}`;
    const result = snippet(text, createWordMatcher("yksinäisyys", analyzer), 20);
    expect(marked(result)).to.deep.equal(["yksinäisyys", "yksinäisyys"]);
    expect(result.startsWith("…")).to.equal(true);
    expect(result.endsWith("…")).to.equal(true);
    expect(
      result
        .replace(/…|<\/?mark>/g, "")
        .trim()
        .split(" "),
    ).to.have.length(20);
  });

  it("starts a few words before the first match, so the match is read in context", function () {
    const text = `${filler(30)} edeltävä konteksti tässä juuri ennen päihdetyö ja sen jälkeen ${filler(30)}`;
    const result = snippet(text, createWordMatcher("päihdetyö", analyzer), 20);
    expect(result).to.match(/^…edeltävä konteksti tässä juuri ennen <mark>päihdetyö<\/mark>/);
  });

  it("has no leading ellipsis when the text starts with the match", function () {
    const result = snippet(`Päihdetyö ${filler(50)}`, createWordMatcher("päihdetyö", analyzer), 10);
    expect(result).to.match(/^<mark>Päihdetyö<\/mark> sana/);
    expect(result.endsWith("…")).to.equal(true);
  });

  it("returns a short text whole, without ellipses", function () {
    const result = snippet("Nuorten päihdetyö Lapissa", createWordMatcher("päihdetyö", analyzer));
    expect(result).to.equal("Nuorten <mark>päihdetyö</mark> Lapissa");
  });
});
