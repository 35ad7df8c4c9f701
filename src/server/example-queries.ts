import { LABELS_AND_PATHS_EXAMPLES } from './example-queries.labels-paths';

/** Analyst queries preloaded as tabs in the IDE: each shows a relationship across countries and years. */
export const EXAMPLE_QUERIES: Array<{ title: string; query: string }> = [
  {
    title: 'The Louvain-la-Neuve PLA',
    query: `# The 2013 peer learning activity on in-company trainers: where, who hosted, which group, which mandate.
query LouvainPeerLearningActivity {
  event(id: "event:pla-trainers-2013-louvain-la-neuve") {
    name
    kind
    startDate
    endDate
    heldIn { nodes { name country { code name } } }
    hostedBy { nodes { name acronym kind } }
    workingGroups {
      nodes {
        name
        mandatedBy { nodes { title year } }
      }
    }
    citedPublications { nodes { title year publishedBy { nodes { acronym } } } }
  }
}
`,
  },
  {
    title: 'Events in Belgium 2012-2014',
    query: `# Events held in Belgium (directly or in a Belgian city) between 2012 and 2014, in date order.
query BelgianEvents {
  events(where: { countryCode: "BE", yearFrom: 2012, yearTo: 2014 }, first: 20) {
    totalCount
    edges { node { id name kind startDate endDate heldIn { nodes { name } } } }
    pageInfo { hasNextPage endCursor }
  }
}
`,
  },
  {
    title: 'PLAs of a working group',
    query: `# Which peer learning activities did the thematic working group on trainers hold, where, hosted by whom?
query WorkingGroupPLAs {
  workingGroup(id: "wg:et2020-twg-trainers-vet") {
    name
    events(where: { kinds: [PEER_LEARNING_ACTIVITY] }) {
      nodes {
        name
        startDate
        heldIn { nodes { name country { code } } }
        hostedBy { nodes { name } }
      }
    }
  }
}
`,
  },
  {
    title: 'Trainer standards by country',
    query: `# Which countries have competence standards for trainers, at which level, since when?
query TrainerStandards {
  stats {
    standardsByCountryAndLevel { countryCode countryName level count firstYear lastYear }
  }
  competenceStandards(first: 50, orderBy: { field: YEAR, direction: ASC }) {
    nodes { name level year targetGroup appliesIn { nodes { code name } } }
  }
}
`,
  },
  {
    title: 'Search names (accents ignored)',
    query: `# Names match without case or accents: "liege" finds "Liège", "forem" finds "Le Forem".
query FindOrganisations {
  organisations(where: { nameContains: "forem" }) {
    nodes { id name acronym kind country { name } }
  }
}
`,
  },
  ...LABELS_AND_PATHS_EXAMPLES,
  {
    title: 'As of a year',
    query: `# Memberships, seats and roles honour their since/until: a since "2013-05" counts in 2013, a missing one is open.
query AsOfAYear {
  cedefop: organisation(id: "org:cedefop") {
    name
    seatIn1990: places(asOf: 1990) { nodes { name } }
    countryIn1990: country(asOf: 1990) { name }
    countryNow: country { name }
  }
  referNet: organisation(id: "org:refernet") {
    membersIn2010: members(asOf: 2010) { totalCount nodes { name } }
    membersIn2017: members(asOf: 2017) { totalCount edges { node { name } relationship { role since until } } }
  }
  germanOrganisationsIn1990: organisations(where: { countryCode: "DE", asOf: 1990 }) { nodes { name } }
  workingGroupsActiveIn2017: workingGroups(where: { activeIn: 2017 }) { nodes { name startYear endYear } }
}
`,
  },
  {
    title: "A country's timeline",
    query: `# What happened in Poland, year by year: events, standards, policy documents, memberships starting or ending.
query PolandTimeline {
  country(id: "country:PL") {
    name
    timeline(from: 2010, to: 2024) {
      year
      events { name startDate }
      competenceStandards { name level }
      policyDocuments { title }
      membershipsStarted { member { name } group { name } relationship { role since } }
      membershipsEnded { member { name } group { name } relationship { role until } }
    }
  }
}
`,
  },
  {
    title: 'Write (needs an editor token)',
    query: `# Writes need a bearer token: run \`npm run token -- --role editor\` (deletes: --role admin), open the
# Headers tab below and paste {"Authorization": "Bearer <the token>"}. Without it: UNAUTHENTICATED.
mutation CreateAndLink {
  createOrganisation(input: { name: "Example Training Centre", kind: VET_PROVIDER, countryCode: "BE", sources: ["https://example.org"] }) {
    id name createdAt updatedBy
  }
  link(input: { type: MEMBER_OF, from: "org:example-training-centre", to: "org:forem", role: "partner", since: "2020" }) {
    created relationship { type role since updatedBy }
  }
}
`,
  },
];
