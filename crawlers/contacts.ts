// Contact details from the text of a page: e-mail addresses, obfuscated ones included
// ("heli.hatonen(a)thl.fi", "nimi [at] thl.fi", "nimi at thl.fi"), with placeholders such as
// etunimi.sukunimi@… dropped; Finnish phone numbers as written; and people, where a line names
// someone (optionally after a title, config/cues.json "contactTitles") near their e-mail or
// phone, a line's parts split at commas ("Maija M, projektipäällikkö, Kunta, p. 040 …"), the
// name as the page writes it when the address agrees. Pure: text in, data out.
// Usage: const { emails, phones, contacts } = extractContacts(text, vocabularies.cues);

import type { Contact } from "../core/project.js";
import { allMatches } from "./normalize/text.js";

const AT = /\s*(?:\(\s*(?:a|at|ät)\s*\)|\[\s*(?:a|at|ät)\s*\]|\{\s*at\s*\})\s*/gi;
const DOT = /\s*(?:\(\s*(?:dot|piste)\s*\)|\[\s*(?:dot|piste)\s*\])\s*/gi;
const EMAIL = /[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// The pattern a site states its addresses by; often without the letters å ä ö ("fornamn").
const PLACEHOLDER =
  /^(?:etunimi\.sukunimi|first(?:name)?\.(?:last|sur)(?:name)?|f[öo]rnamn\.efternamn|etunimi|sukunimi|nimi)@/i;
// 0XX / 0X and groups, or +358: 7-12 digits in all, spaces or hyphens between groups.
const PHONE = /(?<![\d.,/])(?:0\d{6,11}|(?:\+358[\s-]?\(?0?\)?\s?\d{1,3}|0\d{1,4})(?:[\s-]\d{2,5}){0,3})(?![\d.,/])/g;
/** A person's name, optionally after a title ("Projektipäällikkö Maija Meikäläinen"): group 1 the title, 2 the name. */
const NAME =
  /^(?:([\p{L}][\p{L}-]*(?:\s+[\p{L}-]+){0,4})\s+)?([\p{Lu}][\p{Ll}]+(?:-[\p{Lu}][\p{Ll}]+)?\s+[\p{Lu}][\p{Ll}]+(?:-[\p{Lu}][\p{Ll}]+)?)[,:]?$/u;
/** What NAME can match at all: two to seven words of letters and hyphens, then "," or ":" at most. */
const NAME_SHAPE = /^[\p{L}-]+(?:\s+[\p{L}-]+){1,6}[,:]?$/u;
/** A short label before a colon that opens a line ("Hankkeen yhteyshenkilön nimi:", "Lisätietoja:"). */
const LINE_LABEL = /^[^:\d@]{2,50}:\s+/u;
/** Two capitalised words: a name as the page writes it, to match against an address. */
const WRITTEN_NAME = /[\p{Lu}][\p{L}]+(?:-[\p{Lu}][\p{L}]+)?\s+[\p{Lu}][\p{L}]+(?:-[\p{Lu}][\p{L}]+)?/gu;

/** What tells a person's line: job titles (config/cues.json "contactTitles"). */
interface ContactCues {
  contactTitle: RegExp;
  /** A contact block's heading ("Yhteystiedot"): under it a titled name needs no address. */
  contactSection?: RegExp;
}

function deobfuscate(text: string): string {
  // Each form needs its bracket or its " at ": most texts have neither, and skip the scans.
  const bracketed = /[([{]/.test(text) ? text.replace(AT, "@").replace(DOT, ".") : text;
  return / at /i.test(bracketed)
    ? bracketed.replace(/\b([\w.-]+) at ([\w-]+(?:\.[\w-]+)*\.[a-z]{2,})\b/gi, "$1@$2")
    : bracketed;
}

/** What an address needs before deobfuscation: an @, or a bracket or " at " that stands for one. */
const MAY_HOLD_ADDRESS = /[@([{]|\sat\s/i;

export function findEmails(text: string): string[] {
  if (!MAY_HOLD_ADDRESS.test(text)) return [];
  const emails = (deobfuscate(text).match(EMAIL) ?? []).map((email) => email.replace(/\.$/, "").toLowerCase());
  return [...new Set(emails.filter((email) => !PLACEHOLDER.test(email)))];
}

export function findPhones(text: string): string[] {
  if (!/\d/.test(text)) return [];
  const phones: string[] = [];
  for (const line of text.split("\n")) {
    for (const match of allMatches(line, PHONE)) {
      const digits = match[0].replace(/\D/g, "");
      if (digits.length >= 7 && digits.length <= 12) phones.push(match[0].trim());
    }
  }
  return [...new Set(phones)];
}

/** Marks a contact block where a job title labels a name ("Projektledare: …"). */
const CONTACT_BLOCK = "\u0000contact";
/** How many parts after a contact block's heading a titled name without an address still counts. */
const BLOCK_REACH = 6;

/** A phone number that ends a part ("Kehittämispäällikkö Jyrki Myllärniemi 044 727 3423"): a part of its own. */
const TRAILING_PHONE = /\s+(?=(?:\+358|0)[\d\s-]{6,16}$)/u;

/**
 * A line's parts: its label goes, unless it is a job title ("Projektledare: Nanette W."), then
 * commas and bars split name, title, organisation, phone and e-mail.
 */
function partsOf(text: string, cues: ContactCues): string[] {
  const unlabel = (line: string) => {
    const label = LINE_LABEL.exec(line)?.[0];
    if (!label) return line;
    const title = label.replace(/:\s*$/, "");
    return cues.contactTitle.test(title) && title.split(/\s+/).length <= 3
      ? `${CONTACT_BLOCK}\n${title} ${line.slice(label.length)}`
      : line.slice(label.length);
  };
  return deobfuscate(text)
    .split("\n")
    .flatMap((line) => unlabel(line).split(/\n|\s*[,;|·]\s+|\s+[–—]\s+/u))
    .flatMap((part) => part.split(TRAILING_PHONE))
    .map((part) => part.trim())
    .filter(Boolean);
}

/** A person named in a part, with a title before the name when there is one; not a title alone ("Senior Lecturer"). */
function personIn(part: string, cues: ContactCues): Contact | undefined {
  if (/\d/.test(part) || !NAME_SHAPE.test(part)) return undefined;
  const match = NAME.exec(part);
  const name = match?.[2];
  if (!match || !name || /\d/.test(part) || cues.contactTitle.test(name)) return undefined;
  const title = match[1];
  if (title !== undefined && !cues.contactTitle.test(title)) return undefined;
  return { name, ...(title ? { title } : {}) };
}

/** People with their e-mail and phone, read part by part from a contact block or a whole page. */
export function findContacts(text: string, cues: ContactCues): Contact[] {
  // "titled": the job title stood before the name in one part ("Tutkija Ismo Ukkola").
  const contacts: (Contact & { titled?: boolean })[] = [];
  let current: (Contact & { titled?: boolean }) | undefined;
  // A phone seen before anyone is named, for an address that stands alone ("Puh. …", "nimi@…").
  let loosePhone: { phone: string; at: number } | undefined;
  let block = -Infinity;
  for (const [index, part] of partsOf(text, cues).entries()) {
    if (part === CONTACT_BLOCK || cues.contactSection?.test(part)) {
      block = index;
      continue;
    }
    const person = personIn(part, cues);
    if (person) {
      current = { ...person, ...(person.title && index - block <= BLOCK_REACH ? { titled: true } : {}) };
      contacts.push(current);
      continue;
    }
    const email = findEmails(part)[0];
    const phone = findPhones(part)[0];
    if (!current || (email && current.email)) {
      if (phone) loosePhone = { phone, at: index };
      const named = email ? /^([a-zåäö]+)\.([a-zåäö-]+)@/i.exec(email) : null;
      if (email && named?.[1] && named[2]) {
        // No name on the page: the address gives it (firstname.lastname@…).
        current = { name: `${capitalize(named[1])} ${capitalize(named[2])}`, email };
        if (loosePhone && index - loosePhone.at <= 3) current.phone = loosePhone.phone;
        contacts.push(current);
      }
      continue;
    }
    if (email && !current.email) current.email = email;
    if (phone && !current.phone) current.phone = phone;
    if (!email && !phone && !current.title && part.length < 80 && cues.contactTitle.test(part)) current.title = part;
  }
  // A "name" with neither e-mail nor phone near it is more likely a heading than a person, unless
  // a job title stands before it ("Tutkija Ismo Ukkola", "Projektledare: Nanette Westergård").
  const names = lazy(() => writtenNames(text));
  return contacts
    .filter((contact) => contact.email ?? contact.phone ?? contact.titled)
    .map(({ titled: _titled, ...contact }) => nameFromEmail(contact, names));
}

/** Letters without accents, lower case: "Kärkkäinen" and the address's "karkkainen" are one name. */
const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

function writtenNames(text: string): string[] {
  return [...new Set(text.match(WRITTEN_NAME) ?? [])];
}

/**
 * The address firstname.lastname@ tells which name is the person's and in which order: a name
 * the page writes that folds to it wins ("Hanna Kärkkäinen" over "hanna.karkkainen", "Hietasaari
 * Sari" is Sari Hietasaari); a part taken for a name that does not ("Koko Keski-Suomi") gives way.
 */
function nameFromEmail(contact: Contact, names: () => string[]): Contact {
  const local = contact.email?.split("@")[0]?.split(".");
  if (local?.length !== 2) return contact;
  const [first, last] = local.map(fold);
  const order = (name: string): string | undefined => {
    const [a = "", b = ""] = name.split(/\s+/);
    if (fold(a) === first && fold(b) === last) return `${a} ${b}`;
    // "Tanja Löytynojalta": the surname in a case form, its letters up to the address's length.
    if (fold(a) === first && fold(b).startsWith(last ?? "") && b.length - (last ?? "").length <= 4)
      return `${a} ${b.slice(0, (last ?? "").length)}`;
    if (fold(a) === last && fold(b) === first) return `${b} ${a}`;
    return undefined;
  };
  const own = order(contact.name);
  // The page's own spelling ("Löytynoja", with its letters) over one read from the address, which has none.
  if (own && /[^\p{ASCII}]/u.test(own)) return { ...contact, name: own };
  const written = names()
    .map(order)
    .find((name) => name !== undefined);
  if (own && !(written && fold(written) === fold(own))) return { ...contact, name: own };
  return written ? { ...contact, name: written } : contact;
}

/** A value computed on first use and kept: the names a page writes are read only when an address needs them. */
function lazy<T>(compute: () => T): () => T {
  let value: { of: T } | undefined;
  return () => (value ??= { of: compute() }).of;
}

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

export function extractContacts(
  text: string,
  cues: ContactCues,
): { emails: string[]; phones: string[]; contacts: Contact[] } {
  return { emails: findEmails(text), phones: findPhones(text), contacts: findContacts(text, cues) };
}
