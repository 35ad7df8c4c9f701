/** IDE tabs for names in other languages, missing values and ranked paths (issue 16, items 2 and 3). */
export const LABELS_AND_PATHS_EXAMPLES: Array<{ title: string; query: string }> = [
  {
    title: 'Names in other languages',
    query: `# "Brugge" finds Bruges (its GeoNames name). name(lang:) shows the label in that language, else the
# Accept-Language header's, else English, else the stored name; labels lists them with their sources.
query NamesInOtherLanguages {
  search(query: "Brugge", first: 3) { node { id name labels { lang value source } } }
  country(id: "country:BE") {
    name
    fr: name(lang: "fr")
    nl: name(lang: "nl")
    pl: name(lang: "pl")
  }
  organisation(id: "org:forem") { name de: name(lang: "de") }
}
`,
  },
  {
    title: 'Missing values',
    query: `# What is not known yet: events with no country, with no host, standards with no level.
query MissingValues {
  events(where: { hasCountry: false }, first: 20) { totalCount nodes { id name startDate } }
  unhosted: events(where: { hasHost: false }) { totalCount }
  competenceStandards(where: { hasLevel: false }) { nodes { id name } }
}
`,
  },
  {
    title: 'Paths of three steps',
    query: `# Not only the shortest route: every path of exactly three steps from Le Forem to the Bruges Communiqué,
# each step with the relationship's role, since and until.
query ThreeStepPaths {
  paths(from: "org:forem", to: "policy:bruges-communique-2010", minHops: 3, maxHops: 3, first: 10) {
    length
    nodes { __typename id name }
    relationships { type from to role since until }
  }
}
`,
  },
];
