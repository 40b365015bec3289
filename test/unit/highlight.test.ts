import { expect } from "chai";
import { loadTextAnalyzer, type TextAnalyzer } from "../../indexer/text-analysis.js";
import {
  createWordMatcher,
  escapeHtml,
  highlight,
  rememberedHighlight,
  rememberedSnippet,
  snippet,
} from "../../server/highlight.js";

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

  it("treats the last word as still being typed, from three letters on", function () {
    expect(marked(highlight("Mielenterveys ja päihteet", createWordMatcher("mielente", analyzer)))).to.deep.equal([
      "Mielenterveys",
    ]);
    expect(marked(highlight("Mielenterveys ja päihteet", createWordMatcher("mi", analyzer)))).to.deep.equal([]);
  });

  it("does not mark a word that only shares a compound part with the query", function () {
    const html = highlight("Sosiaali- ja terveysministeriö rahoittaa", createWordMatcher("mielenterveys", analyzer));
    expect(marked(html)).to.deep.equal([]);
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
  const filler = (count: number) => Array.from({ length: count }, (_, i) => `sana${i}`).join(" ");

  before(async function () {
    analyzer = await loadTextAnalyzer();
  });

  it("is empty when no sentence of the description matched", function () {
    const description = "Hanke edistää ikäihmisten liikuntaa Kainuussa. Se järjestää ryhmiä.";
    expect(snippet(description, createWordMatcher("omaishoito", analyzer))).to.equal("");
  });

  it("takes a prose sentence that matched, never the title line or a label line", function () {
    const title = "Nuorten päihdetyö";
    const description = [
      title,
      "Hallinnoija: Nuorten päihdetyö ry",
      "Hanke kehittää nuorten päihdetyötä Kuopiossa koulujen kanssa.",
    ].join("\n");
    const result = snippet(description, createWordMatcher("päihdetyö", analyzer), title);
    expect(result).to.contain("Hanke kehittää nuorten <mark>päihdetyötä</mark> Kuopiossa");
    expect(result).not.to.contain("Hallinnoija");
  });

  it("skips the label/value lines of a registry form, keeping a labelled value that is a sentence", function () {
    const title = "Nuotio – nuorten aikuisten mielen hyvinvointi opintojen nivelvaiheissa";
    const description = [
      `Hankkeen nimi: ${title}`,
      "Erityistavoite: 9.1. Siirtymävaiheita ja koulutuksellista tasa-arvoa tukevien nuorten palveluiden parantaminen",
      "Tiivistelmä: Hanke tukee nuorten aikuisten mielen hyvinvointia opintojen nivelvaiheissa Oulussa.",
    ].join("\n");
    const result = snippet(description, createWordMatcher("nuorten mielen", analyzer), title);
    expect(result).to.equal(
      "Hanke tukee <mark>nuorten</mark> aikuisten <mark>mielen</mark> hyvinvointia opintojen nivelvaiheissa Oulussa.",
    );
  });

  it("prefers the sentence with more of the query's words to one that repeats a single word", function () {
    const description = [
      "Yksinäisyys on yleistä, ja yksinäisyys vaivaa monia, sillä yksinäisyys kasvaa vuosi vuodelta.",
      "Tässä lauseessa ei ole hakusanoja lainkaan vaan muuta tekstiä täytteeksi asti.",
      "Ikäihmisten yksinäisyys vähenee, kun hanke tuo ikäihmiset yhteen kylätaloille.",
    ].join(" ");
    const result = snippet(description, createWordMatcher("ikäihmisten yksinäisyys", analyzer));
    expect(result.startsWith("<mark>Ikäihmisten</mark> <mark>yksinäisyys</mark> vähenee")).to.equal(true);
  });

  it("cuts a very long sentence around its first match, with an ellipsis at each cut", function () {
    const description = `${filler(60)} omaishoitajien jaksaminen ${filler(60)}.`;
    const result = snippet(description, createWordMatcher("omaishoitajien", analyzer));
    expect(result).to.match(/^…sana\d+ .*<mark>omaishoitajien<\/mark> jaksaminen .*…$/);
    expect(
      result
        .replace(/…|<\/?mark>/g, "")
        .trim()
        .split(" ").length,
    ).to.be.at.most(45);
  });
});

describe("remembered highlights and snippets", function () {
  let analyzer: TextAnalyzer;

  before(async function () {
    analyzer = await loadTextAnalyzer();
  });

  it("give what highlight and snippet give, for a text seen again, another title, and past the bound", function () {
    const match = createWordMatcher("nuorten mielenterveys", analyzer);
    // The first line is the title in round 1 (never a snippet) and prose in round 2.
    const description = (i: number) =>
      `Nuorten mielenterveys ${i}.\nHanke tukee nuorten jaksamista kouluissa. Toinen lause kertoo rahoituksesta.`;
    const titles = [(i: number) => `Nuorten mielenterveys ${i}.`, (i: number) => `Hanke ${i}`];
    // 250 texts pass the bound of what a matcher remembers, so the memory is emptied on the way.
    for (const titleOf of titles) {
      for (let i = 0; i < 250; i++) {
        const title = titleOf(i);
        expect(rememberedHighlight(title, match)).to.equal(highlight(title, match));
        expect(rememberedSnippet(description(i), match, title)).to.equal(snippet(description(i), match, title));
      }
    }
    const [asTitle, asProse] = titles.map((titleOf) => rememberedSnippet(description(3), match, titleOf(3)));
    expect(marked(asTitle ?? "")).to.deep.equal(["nuorten"]);
    expect(marked(asProse ?? "")).to.include("mielenterveys");
  });
});
