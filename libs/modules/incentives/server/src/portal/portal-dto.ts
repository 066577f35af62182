import { nextDeadline, schemeIsOpen, type Rule, type SchemeReference } from '@ancrage/incentives-domain';
import type { PlaceNames } from '../schemes/territory-geo';
import type { PublishedScheme } from './portal.repository';

/** A published scheme in the portal's list: what it is, for whom, how much, when (never its budget or test cases). */
export function publicSummary(scheme: PublishedScheme, today: string) {
  const { content } = scheme;
  return {
    reference: scheme.reference,
    slug: scheme.slug,
    version: scheme.version,
    name: content.name,
    summary: content.summary,
    kind: content.kind,
    nationalBase: content.nationalBase,
    audiences: content.audiences,
    amount: content.amount,
    commitment: content.commitment,
    calendar: content.calendar,
    open: schemeIsOpen(content.calendar, today),
    nextDeadline: nextDeadline(content.calendar, today),
  };
}

/** The schemes a rule says one must not already receive. */
function notReceived(rule: Rule): SchemeReference[] {
  switch (rule.op) {
    case 'all':
    case 'any':
      return rule.rules.flatMap(notReceived);
    case 'not':
      return notReceived(rule.rule);
    case 'condition':
      return rule.condition.type === 'not-receiving' ? rule.condition.schemes : [];
  }
}

/** The public page of a published scheme: its current version, the places and schemes its rules name. */
export function publicDetail(scheme: PublishedScheme, today: string, context: { places: PlaceNames; published: readonly PublishedScheme[] }) {
  const { content } = scheme;
  const named = new Set<string>([...content.incompatibleWith, ...notReceived(content.eligibility)]);
  return {
    ...publicSummary(scheme, today),
    description: content.description,
    funders: content.funders,
    instructingPartner: content.instructingPartner,
    eligibility: content.eligibility,
    incompatibleWith: content.incompatibleWith,
    selection: content.selection,
    requiredDocuments: content.requiredDocuments,
    geo: scheme.geo,
    places: context.places,
    relatedSchemes: context.published.filter((other) => named.has(other.reference)).map((other) => ({ reference: other.reference, slug: other.slug, name: other.content.name })),
  };
}
