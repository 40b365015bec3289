import { expect } from "chai";
import { BadRequestError, buildFilter, parseSearchRequest, quoteFilterValue } from "../../server/search-request.js";

describe("search request", function () {
  it("quotes filter values so that quotes and backslashes stay inside the string", function () {
    expect(quoteFilterValue('a "b" \\ c')).to.equal('"a \\"b\\" \\\\ c"');
  });

  it("builds OR within a facet and AND across facets, leaving out one facet on request", function () {
    const request = parseSearchRequest({ region: ["Lappi", "Kainuu"], funder: "STEA" });
    expect(buildFilter(request)).to.deep.equal(['regions IN ["Lappi", "Kainuu"]', 'funders IN ["STEA"]']);
    expect(buildFilter(request, "regions")).to.deep.equal(['funders IN ["STEA"]']);
  });

  it("defaults to newest first without q and to relevance with q", function () {
    expect(parseSearchRequest({}).sort).to.equal("newest");
    expect(parseSearchRequest({ q: "nuoret" }).sort).to.equal("relevance");
    expect(parseSearchRequest({}).hitsPerPage).to.equal(20);
  });

  it("rejects unknown parameters with a BadRequestError", function () {
    expect(() => parseSearchRequest({ regoin: "Lappi" })).to.throw(BadRequestError, 'unknown parameter "regoin"');
  });
});
