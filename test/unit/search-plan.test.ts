import { expect } from "chai";
import { parseSearchRequest } from "../../server/search-request.js";
import { readPlan, searchPlan } from "../../server/search-plan.js";
import type { TextQuery } from "../../server/text-queries.js";

const words: TextQuery = { q: "nuoret", attributesToSearchOn: ["title"], matchingStrategy: "last" };
const keys: TextQuery = {
  q: "nuor",
  attributesToSearchOn: ["keys"],
  matchingStrategy: "frequency",
  federationOptions: { weight: 0.9 },
};
const options = (textQueries: TextQuery[]) => ({ indexName: "projects", textQueries, hitFields: ["id", "title"] });

describe("search plan", function () {
  it("sends a search of one text query and its two facet counts as ONE multi-search", function () {
    const request = parseSearchRequest({ region: "Lappi", funder: "STEA" });
    const plan = searchPlan(request, options([]));
    expect(plan).to.have.length(1);
    const [only] = plan;
    if (only?.federated !== false) throw new Error("expected a plain multi-search");
    const [main, regions, funders] = only.body.queries;
    expect(main).to.include({ q: "", limit: 20, offset: 0 });
    expect(main?.filter).to.deep.equal(['regions IN ["Lappi"]', 'funders IN ["STEA"]']);
    // Each selected facet is counted without its own filter, with no hits.
    expect(regions).to.deep.include({ facets: ["regions"], limit: 0, filter: ['funders IN ["STEA"]'] });
    expect(funders).to.deep.include({ facets: ["funders"], limit: 0, filter: ['regions IN ["Lappi"]'] });
    expect(only.parts.map((part) => part.role)).to.deep.equal(["main", "count", "count"]);
  });

  it("sends no weight outside a federation", function () {
    const [only] = searchPlan(
      parseSearchRequest({ q: "nuoret" }),
      options([{ ...words, federationOptions: { weight: 1 } }]),
    );
    expect(only?.federated).to.equal(false);
    expect(only?.body.queries[0]).to.not.have.property("federationOptions");
  });

  it("counts a selected facet in a federation of its own beside the main federated search", function () {
    const plan = searchPlan(parseSearchRequest({ q: "nuoret", region: "Lappi" }), options([words, keys]));
    expect(plan.map((planned) => planned.federated)).to.deep.equal([true, true]);
    const counting = plan[1];
    if (!counting?.federated) throw new Error("expected a federation");
    expect(counting.body.federation).to.deep.equal({ limit: 0, offset: 0, facetsByIndex: { projects: ["regions"] } });
    expect(counting.body.queries).to.have.length(2);
    expect(counting.body.queries[0]).to.not.have.property("sort");
  });

  it("reads hits and total from the main query and a selected facet's counts from its own query", function () {
    const request = parseSearchRequest({ region: "Lappi" });
    const plan = searchPlan(request, options([]));
    const answer = readPlan(
      plan,
      [
        {
          results: [
            {
              hits: [{ id: "a" }],
              estimatedTotalHits: 1,
              facetDistribution: { regions: { Lappi: 1 }, funders: { STEA: 1 }, startYear: { "2024": 1 } },
            },
            { hits: [], facetDistribution: { regions: { Lappi: 1, Kainuu: 4 } } },
          ],
        },
      ],
      "projects",
    );
    expect(answer.total).to.equal(1);
    expect(answer.hits).to.deep.equal([{ id: "a" }]);
    expect(answer.facets.regions).to.deep.equal({ Lappi: 1, Kainuu: 4 });
    expect(answer.facets.funders).to.deep.equal({ STEA: 1 });
    expect(answer.startYears).to.deep.equal({ "2024": 1 });
  });
});
