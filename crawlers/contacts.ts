// Contact details from the text of a page: e-mail addresses, obfuscated ones included
// ("heli.hatonen(a)thl.fi", "nimi [at] thl.fi", "nimi at thl.fi"), with placeholders such as
// etunimi.sukunimi@… dropped; Finnish phone numbers as written; and people, where a line names
// someone (optionally after a title) near their e-mail or phone. Pure: text in, data out.
// Usage: const { emails, phones, contacts } = extractContacts(text);

import type { Contact } from "../core/project.js";

const AT = /\s*(?:\(\s*(?:a|at|ät)\s*\)|\[\s*(?:a|at|ät)\s*\]|\{\s*at\s*\})\s*/gi;
const DOT = /\s*(?:\(\s*(?:dot|piste)\s*\)|\[\s*(?:dot|piste)\s*\])\s*/gi;
const EMAIL = /[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const PLACEHOLDER = /^(etunimi\.sukunimi|firstname\.lastname|förnamn\.efternamn|etunimi|sukunimi|nimi)@/i;
// 0XX / 0X and groups, or +358: 7-12 digits in all, spaces or hyphens between groups.
const PHONE = /(?<![\d.,/])(?:0\d{6,11}|(?:\+358[\s-]?\(?0?\)?\s?\d{1,3}|0\d{1,4})(?:[\s-]\d{2,5}){0,3})(?![\d.,/])/g;
const TITLE_WORD =
  /(päällikkö|johtaja|asiantuntija|koordinaattori|suunnittelija|tutkija|opettaja|lehtori|projektisihteeri|sihteeri|kyläpäällikkö|vastaava|professori|ohjaaja|työntekijä|manager|coordinator|director|researcher|specialist|samordnare|chef|forskare)/i;
const NAME =
  /^(?:([\p{Lu}][\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,4})\s+)?([\p{Lu}][\p{Ll}]+(?:-[\p{Lu}][\p{Ll}]+)?\s+[\p{Lu}][\p{Ll}]+(?:-[\p{Lu}][\p{Ll}]+)?)[,:]?$/u;

export function deobfuscate(text: string): string {
  return text
    .replace(AT, "@")
    .replace(DOT, ".")
    .replace(/\b([\w.-]+) at ([\w-]+(?:\.[\w-]+)*\.[a-z]{2,})\b/gi, "$1@$2");
}

export function findEmails(text: string): string[] {
  const emails = (deobfuscate(text).match(EMAIL) ?? []).map((email) => email.replace(/\.$/, "").toLowerCase());
  return [...new Set(emails.filter((email) => !PLACEHOLDER.test(email)))];
}

export function findPhones(text: string): string[] {
  const phones: string[] = [];
  for (const line of text.split("\n")) {
    for (const match of line.matchAll(PHONE)) {
      const digits = match[0].replace(/\D/g, "");
      if (digits.length >= 7 && digits.length <= 12) phones.push(match[0].trim());
    }
  }
  return [...new Set(phones)];
}

/** People with their e-mail and phone, read line by line from a contact block or a whole page. */
export function findContacts(text: string): Contact[] {
  const contacts: Contact[] = [];
  let current: Contact | undefined;
  // A phone seen before anyone is named, for an address that stands alone ("Puh. …", "nimi@…").
  let loosePhone: { phone: string; line: number } | undefined;
  const lines = deobfuscate(text)
    .split("\n")
    .flatMap((line) => line.split(/\s*,\s*(?=[\p{Lu}+0])/u))
    .map((line) => line.trim())
    .filter(Boolean);
  for (const [index, line] of lines.entries()) {
    const [, title, name] = NAME.exec(line) ?? [];
    if (name && !/\d/.test(line) && (title === undefined || TITLE_WORD.test(title))) {
      current = { name, ...(title ? { title } : {}) };
      contacts.push(current);
      continue;
    }
    const email = findEmails(line)[0];
    const phone = findPhones(line)[0];
    if (!current || (email && current.email)) {
      if (phone) loosePhone = { phone, line: index };
      const [, first, last] = (email && /^([a-zåäö]+)\.([a-zåäö-]+)@/i.exec(email)) || [];
      if (email && first && last) {
        // No name on the page: the address gives it (firstname.lastname@…).
        current = { name: `${capitalize(first)} ${capitalize(last)}`, email };
        if (loosePhone && index - loosePhone.line <= 3) current.phone = loosePhone.phone;
        contacts.push(current);
      }
      continue;
    }
    if (email && !current.email) current.email = email;
    if (phone && !current.phone) current.phone = phone;
    if (!email && !phone && !current.title && TITLE_WORD.test(line) && line.length < 80) current.title = line;
  }
  // A "name" with neither e-mail nor phone near it is more likely a heading than a person.
  return contacts.filter((contact) => contact.email || contact.phone).map(nameOrderFromEmail);
}

/** "Hietasaari Sari" with sari.hietasaari@… is Sari Hietasaari: the address tells the order. */
function nameOrderFromEmail(contact: Contact): Contact {
  const local = contact.email?.split("@")[0]?.split(".") ?? [];
  const words = contact.name.split(" ");
  const [first, last] = words;
  if (local.length !== 2 || words.length !== 2 || !first || !last) return contact;
  const swapped = first.toLowerCase() === local[1] && last.toLowerCase() === local[0];
  return swapped ? { ...contact, name: `${last} ${first}` } : contact;
}

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

export function extractContacts(text: string): { emails: string[]; phones: string[]; contacts: Contact[] } {
  return { emails: findEmails(text), phones: findPhones(text), contacts: findContacts(text) };
}
