// Turns an extracted page into a Project record (design.md). Each field group has its own
// module: title, period, money, places, funders, organisations, target groups; labels are
// recognised by their head words (config/labels.json) and sentences by cue words
// (config/cues.json), both compiled once with the vocabularies. Pure: the clock and the
// vocabularies are passed in.
// Usage: const project = normalizeProject(extractPage(html, url), { fetchedAt, now, vocabularies });

import type { Project } from "../../core/project.js";
import { findContacts } from "../contacts.js";
import type { ExtractedPage } from "../extract.js";
import type { Vocabularies } from "../vocabulary.js";
import { funderFactTexts, fundersOf, fundingShares } from "./funders.js";
import { factsByKind, labelledValues, valuesOf, type FactsByKind } from "./labels.js";
import { budgetOf } from "./money.js";
import { organisationsOf } from "./organisations.js";
import { detectKind, detectLanguage, makeSummary, projectId } from "./page.js";
import { parsePeriod, periodInText, prosePeriod, severalPeriods, statusOf, type Period } from "./period.js";
import { placesOf } from "./places.js";
import { targetGroupsOf } from "./target-groups.js";
import { sentencesOf } from "./text.js";
import { titleOf, type TitleRules } from "./title.js";

export { projectId } from "./page.js";

export interface NormalizeContext {
  fetchedAt: string;
  now: Date;
  vocabularies: Vocabularies;
}

/** The period: a period fact, else start and end facts, else what the text says. */
function periodOf(facts: FactsByKind, sentences: string[], vocabularies: Vocabularies, items: boolean): Period {
  if (items) return {};
  const { cues } = vocabularies;
  const stated = valuesOf(facts.period)
    .map((value) => parsePeriod(value, cues))
    .find((p) => p.startYear ?? p.endYear);
  if (stated) return stated;
  const start = valuesOf(facts.start)
    .map((value) => parsePeriod(value, cues))
    .find((p) => p.startYear);
  const end = valuesOf(facts.end)
    .map((value) => parsePeriod(value, cues))
    .find((p) => p.startYear ?? p.endYear);
  const prose = prosePeriod(sentences, cues);
  if (start || end) {
    const endYear = end?.endYear ?? end?.startYear;
    const endDate = end?.endDate ?? end?.startDate;
    return completedBy({ ...start, ...(endYear ? { endYear } : {}), ...(endDate ? { endDate } : {}) }, prose);
  }
  return prose.startYear || prose.endYear
    ? prose
    : periodInText(sentences.join("\n"), vocabularies.labels.inText("period"), cues);
}

/**
 * A labelled start with no end ("Hanke alkaa 1.9.2018") takes the end the text gives the same
 * period ("avustusta 2018–2021"), and a labelled end its start: only when the text's period
 * agrees with the side the label gives.
 */
export function completedBy(labelled: Period, prose: Period): Period {
  const { startYear, endYear } = labelled;
  if (startYear && !endYear && prose.startYear === startYear && prose.endYear && prose.endYear >= startYear)
    return { ...labelled, endYear: prose.endYear, ...(prose.endDate ? { endDate: prose.endDate } : {}) };
  if (endYear && !startYear && prose.endYear === endYear && prose.startYear && prose.startYear <= endYear)
    return { ...labelled, startYear: prose.startYear, ...(prose.startDate ? { startDate: prose.startDate } : {}) };
  return labelled;
}

/**
 * A listing names many projects: none of their periods is the page's. A single year in a news
 * item ("avustukset vuoden 2023 toimintaan" in a 2023 item, "år 2021 gjorde hon hembesök") is when
 * it was written or something happened, not a project period.
 */
export function pagePeriod(kind: string, publishedDate: string | undefined, period: Period): Period {
  if (kind === "other") return {};
  const oneYear = period.startYear !== undefined && period.startYear === period.endYear && !period.startDate;
  return kind === "news" && oneYear ? {} : period;
}

/** A sentence that gives a share of the funding ("ESR+-rahoituksen osuus on 75 %"). */
const shareSentence = (sentence: string, { cues }: Vocabularies) =>
  sentence.length < 400 && (cues.fundingSentence.test(sentence) || cues.grantAmount.test(sentence));

/** How many lines of the text's top may hold a meeting paper's header. */
const MEETING_HEADER_LINES = 3;
/** A meeting paper that lists this many agenda items ("57 § Kokouksen laillisuus") is an agenda, not one item's page. */
const AGENDA_ITEMS = 3;

/** An agenda or an invitation ("Jämijärven kunta KOKOUSKUTSU 4/2007" over "57 § …", "58 § …"): many matters, no project. */
function isAgenda(page: ExtractedPage, titles: TitleRules): boolean {
  const lines = page.text.split("\n").filter((line) => line.trim() !== "");
  const header = [page.title, ...lines.slice(0, MEETING_HEADER_LINES)].some((line) => titles.isMinutesHeader(line));
  return header && lines.filter((line) => /^\s*(?:\d{1,4}\s*§|§\s*\d{1,4})\s+\p{L}/u.test(line)).length >= AGENDA_ITEMS;
}

/** The title, whether the page reads as news, and its publication date. */
function headlineOf(page: ExtractedPage, facts: FactsByKind, vocabularies: Vocabularies) {
  const { pageKinds } = vocabularies;
  const news = pageKinds.signals(page.text, page.url);
  // A date line alone is also a project page's post date, and a project page may quote a participant:
  // they say news only where no period is labelled.
  const periodLabelled = [facts.period, facts.start, facts.end].some((found) => (found ?? []).length > 0);
  const newsSignal = page.isNews || news.newsWord || ((news.dateLine || news.reportedSpeech) && !periodLabelled);
  const title = titleOf(valuesOf(facts.title), page.title, page.text, vocabularies.titles, {
    news: newsSignal,
    isHeadline: (line) => pageKinds.isListingTitle(line) || pageKinds.isGrantHeadline(line),
    isListing: (line) => pageKinds.isListingTitle(line),
    isGrantHeadline: (line) => pageKinds.isGrantHeadline(line),
  });
  return { title, newsSignal, publishedDate: page.publishedDate ?? news.publishedDate };
}

/** Who runs the project, with whom, and who funds it; `itemFacts`: the page lists several projects. */
function whoOf(
  page: ExtractedPage,
  facts: FactsByKind,
  sentences: string[],
  vocabularies: Vocabularies,
  { title, itemFacts }: { title: string; itemFacts: boolean },
) {
  const funderFacts = funderFactTexts(facts.funder ?? [], vocabularies);
  const found = itemFacts ? [] : fundersOf(funderFacts, [...sentences, ...page.headings], vocabularies);
  const { coordinator, organisations } = organisationsOf(
    {
      coordinator: valuesOf(facts.coordinator),
      coordinatorLabels: (facts.coordinator ?? []).map((fact) => fact.label),
      partners: valuesOf(facts.partners),
      area: valuesOf(facts.area),
    },
    page.text,
    sentences,
    vocabularies,
    { ...(page.siteName ? { siteName: page.siteName } : {}), funders: found, title },
  );
  // The organisation granted the money runs the project; it does not fund it ("ELY myönsi Nurmeksen kaupungille").
  return { coordinator, organisations, funders: found.filter((funder) => funder !== coordinator) };
}

export function normalizeProject(page: ExtractedPage, context: NormalizeContext): Project {
  const { vocabularies } = context;
  const facts = factsByKind(page.facts, page.text, vocabularies.labels);
  const sentences = sentencesOf(page.text);
  const { title, newsSignal, publishedDate } = headlineOf(page, facts, vocabularies);
  // Period facts that differ list several projects: the funders named are the items', not the page's.
  const itemFacts = severalPeriods(labelledValues(page.text, vocabularies.labels, "period"), vocabularies.cues);
  const { coordinator, organisations, funders } = whoOf(page, facts, sentences, vocabularies, { title, itemFacts });
  const otherValues = page.facts
    .filter((fact) => vocabularies.labels.kindOf(fact.label) === "ignore")
    .map((fact) => fact.value);
  const budgetEur = budgetOf(valuesOf(facts.budget), sentences, vocabularies.cues);
  const url = page.canonicalUrl;
  const kind = detectKind(page, vocabularies.cues.practiceLabel, {
    listingTitle: vocabularies.pageKinds.isListingTitle(title) || itemFacts || isAgenda(page, vocabularies.titles),
    news: newsSignal || vocabularies.pageKinds.isGrantHeadline(title),
  });
  const { regions, municipalities } = placesOf(
    // A page with no title still has its heading: the area a form's heading names is the project's.
    { title: title || page.title, areaFacts: valuesOf(facts.area), sentences, otherValues, listing: kind === "other" },
    vocabularies,
  );
  const period = pagePeriod(kind, publishedDate, periodOf(facts, sentences, vocabularies, itemFacts));
  return {
    id: projectId(url),
    url,
    sources: [{ url: page.url, site: new URL(page.url).host, fetchedAt: context.fetchedAt }],
    site: new URL(url).host,
    language: detectLanguage(`${title}\n${page.text}`, page.htmlLang, vocabularies.languageWords),
    kind,
    title,
    summary: makeSummary(page, title),
    description: page.text,
    ...(coordinator ? { coordinator } : {}),
    organisations,
    regions,
    municipalities,
    funders,
    fundingShares: fundingShares(
      [...(facts.funder ?? []), ...(facts.budget ?? []), ...(facts.grant ?? [])]
        .map((fact) => `${fact.label}: ${fact.value}`)
        .concat(sentences.filter((sentence) => sentence.includes("%") && shareSentence(sentence, vocabularies)))
        .join("\n"),
      funders,
      vocabularies,
    ),
    ...(budgetEur === undefined ? {} : { budgetEur }),
    ...period,
    status: statusOf(period, context.now),
    targetGroups: targetGroupsOf(valuesOf(facts.targetGroup), sentences, vocabularies, title),
    themes: vocabularies.themes.find(`${title}\n${page.text}`),
    // Only the people: the page-wide lists of addresses and numbers are not part of the record.
    contacts: findContacts(page.contactText, vocabularies.cues),
    // A project page's own date stamp is when it was written up, not news: only news has a publication date.
    ...(publishedDate && kind === "news" ? { publishedDate } : {}),
    fetchedAt: context.fetchedAt,
    updatedAt: context.fetchedAt,
  };
}
