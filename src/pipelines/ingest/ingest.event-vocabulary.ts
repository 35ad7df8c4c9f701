import { EventKind } from '../../domain/enums';

/*
 * The words event pages use for events, in the languages of the genre (EN FR DE IT ES PT PL NL EL, and CS BG RO LV ET
 * SV where the genre has them). Matched on folded text (src/domain/text-folding.ts: no accents, lower case), whole
 * words, so they are written folded; a final "s" is tried too. These are vocabularies of the genre, not gazetteers.
 */

/** Words naming each event kind, most specific first (a "peer learning activity" is not a generic "meeting"). */
export const EVENT_KINDS: Array<[EventKind, string[]]> = [
  [EventKind.PEER_LEARNING_ACTIVITY, [
    'peer learning activity', 'peer-learning activity', 'peer learning activities', 'peer-learning activities', 'activite d\'apprentissage par les pairs',
    'apprentissage entre pairs', 'peer-learning-aktivitat', 'peer learning aktivitat', 'attivita di apprendimento tra pari',
    'actividad de aprendizaje entre pares', 'atividade de aprendizagem entre pares', 'peer learning visit',
  ]],
  [EventKind.POLICY_LEARNING_FORUM, ['policy learning forum', 'policy-learning forum', 'forum d\'apprentissage des politiques', 'policy-learning-forum']],
  [EventKind.WEBINAR, ['webinar', 'webinaire', 'webinario', 'webinarium', 'webinarze', 'webinaria', 'webinaras', 'webinars', 'web seminar', 'διαδικτυακο σεμιναριο', 'уебинар']],
  [EventKind.PLENARY, [
    'plenary meeting', 'plenary', 'reunion pleniere', 'pleniere', 'plenarsitzung', 'plenartagung', 'plenarversammlung', 'riunione plenaria',
    'reunion plenaria', 'reuniao plenaria', 'posiedzenie plenarne', 'plenaire vergadering', 'ολομελεια', 'plenarne', 'plenaria',
  ]],
  [EventKind.CONFERENCE, [
    'conference', 'conferences', 'symposium', 'congress', 'konferenz', 'kongress', 'fachtagung', 'jahrestagung', 'tagung', 'fachkonferenz',
    'conferenza', 'convegno', 'congresso', 'conferencia', 'congreso', 'konferencja', 'konferencji', 'konferencje', 'kongres', 'kongresu',
    'kongresie', 'conferentie', 'congres', 'symposion', 'συνεδριο', 'συνεδριου', 'konference', 'konferenci', 'konferenci', 'конференция',
    'конференцията', 'конгрес', 'conferinta', 'conferintei', 'konverents', 'konverentsi', 'konferens', 'konferensen', 'colloque', 'sympozjum',
  ]],
  [EventKind.SEMINAR, [
    'seminar', 'seminaire', 'seminario', 'seminarium', 'seminarie', 'seminarul', 'seminars', 'seminara', 'seminarze', 'σεμιναριο', 'ημεριδα',
    'ημεριδας', 'семинар', 'seminarium', 'studiedag', 'jornada tecnica', 'seminaras',
  ]],
  [EventKind.WORKSHOP, ['workshop', 'atelier', 'taller', 'warsztaty', 'warsztat', 'warsztatow', 'εργαστηριο', 'työpaja', 'tyopaja', 'radionica', 'seminarium warsztatowe']],
  [EventKind.FORUM, ['forum', 'foro', 'φορουμ', 'форум', 'partnership forum']],
  [EventKind.MEETING, [
    'meeting', 'meetings', 'reunion', 'reunions', 'reuniao', 'riunione', 'incontro', 'encuentro', 'encontro', 'sitzung', 'treffen', 'zusammenkunft',
    'spotkanie', 'spotkania', 'spotkaniu', 'posiedzenie', 'bijeenkomst', 'vergadering', 'συναντηση', 'συνεδριαση', 'заседание', 'среща',
    'setkani', 'zasedani', 'jednani', 'sanaksme', 'kohtumine', 'mote', 'motet', 'intalnire', 'reuniune', 'reuniunea',
  ]],
];

/** Acronyms that name a kind, matched case-sensitively as written ("The 2017 PLF", "the PLA"). */
export const KIND_ACRONYMS: Array<[EventKind, string]> = [
  [EventKind.POLICY_LEARNING_FORUM, 'PLF'],
  [EventKind.PEER_LEARNING_ACTIVITY, 'PLA'],
];

/** Words naming an event without a kind of ours: an event, a week, a ceremony, a competition. */
export const EVENT_NOUNS = [
  'event', 'events', 'evenement', 'veranstaltung', 'evento', 'eventos', 'wydarzenie', 'εκδηλωση', 'събитие', 'eveniment', 'evenimentul', 'udalost',
  'pasakums', 'uritus', 'evenemang', 'celebration', 'celebrations', 'ceremony', 'ceremonie', 'zeremonie', 'verleihung', 'festakt', 'cerimonia',
  'ceremonia', 'cerimonia', 'uroczystosc', 'gala', 'awards', 'summit', 'sommet', 'gipfel', 'vertice', 'cumbre', 'skills week', 'woche der berufsbildung',
  'semaine europeenne', 'settimana europea', 'semana europea', 'competition', 'championship', 'championnat', 'wettbewerb', 'konkurs',
];

/**
 * Phrases that say an event happens or happened (held, took place, organised, opened ...). A date in the same sentence
 * as one of them is the event's date (unless its own words make it a deadline or a publication date).
 */
export const EVENT_VERBS = [
  // English
  'take place', 'takes place', 'took place', 'taking place', 'taken place', 'will be held', 'was held', 'were held', 'is held', 'are held', 'be held',
  'held', 'hosted', 'hosting', 'hosts', 'organised', 'organized', 'organising', 'organizing', 'organises', 'organizes', 'will meet', 'gathered',
  'brought together', 'bring together', 'brings together', 'kick off', 'kicks off', 'opened', 'will open', 'convened', 'took part', 'take part',
  'attended', 'celebrate', 'celebrated',
  // French
  'aura lieu', 'a eu lieu', 'ont eu lieu', 'se tiendra', 's\'est tenu', 's\'est tenue', 'se tient', 'se deroulera', 's\'est deroule', 's\'est deroulee',
  'se sont reunis', 'reunira', 'a reuni', 'debute', 'organise', 'organisee', 'accueille', 'accueillera',
  // German
  'findet', 'fand', 'stattfinden', 'stattgefunden', 'statt', 'tagt', 'tagte', 'veranstaltet', 'organisiert', 'ausgerichtet', 'eroffnet', 'beginnt',
  'durchgefuhrt', 'durchzufuhren', 'lädt', 'ladt',
  // Italian
  'si svolge', 'si svolgera', 'si e svolto', 'si e svolta', 'si terra', 'si e tenuto', 'si e tenuta', 'in programma', 'si e conclusa', 'si e concluso',
  'avra luogo', 'ha avuto luogo', 'organizzato', 'organizzata', 'ospita', 'ospitera',
  // Spanish, Portuguese
  'tendra lugar', 'tuvo lugar', 'se celebrara', 'se celebro', 'se celebra', 'acoge', 'se realizara', 'se realizo', 'organiza', 'organizado', 'organizada',
  'decorreu', 'decorrera', 'decorre', 'tera lugar', 'teve lugar', 'realiza-se', 'realizou-se', 'realizar-se-a', 'organizou',
  // Polish, Dutch
  'odbyl sie', 'odbyla sie', 'odbylo sie', 'odbedzie sie', 'odbywal sie', 'odbywa sie', 'zorganizowany', 'zorganizowana', 'organizuje', 'organizowany',
  'vindt plaats', 'vond plaats', 'plaatsvond', 'plaatsvindt', 'wordt gehouden', 'werd gehouden', 'georganiseerd', 'organiseert',
  // Greek, Czech, Bulgarian, Romanian, Latvian, Estonian, Swedish
  'πραγματοποιηθηκε', 'θα πραγματοποιηθει', 'πραγματοποιειται', 'οργανωνει', 'διοργανωσε', 'διοργανωνει', 'θα διεξαχθει', 'διεξηχθη',
  'se kona', 'se konal', 'se konala', 'probehne', 'probehl', 'probehla', 'usporada', 'ще се проведе', 'се проведе', 'се провежда', 'организира',
  'va avea loc', 'a avut loc', 'are loc', 'organizeaza', 'se desfasoara', 'notika', 'notiks', 'organizeta', 'organizets', 'toimub', 'toimus',
  'korraldab', 'ager rum', 'agde rum', 'arrangeras', 'anordnas',
];

/** Words before a date that make it a deadline (registration, applications, submissions), never the event's date. */
export const DEADLINE_CUES = [
  'deadline', 'registration', 'register', 'registrations', 'apply', 'applications', 'application', 'submission', 'submissions', 'submit', 'call for',
  'participate until', 'closes', 'closing date', 'anmeldung', 'anmeldeschluss', 'bewerbung', 'bewerbungsschluss', 'frist', 'einsendeschluss',
  'date limite', 'inscription', 'inscriptions', 'candidature', 'candidatures', 'soumission', 'plazo', 'solicitud', 'solicitudes', 'inscripcion',
  'inscripciones', 'scadenza', 'domande', 'candidature', 'iscrizione', 'iscrizioni', 'prazo', 'inscricoes', 'candidaturas', 'zgloszenia',
  'zgloszen', 'rejestracja', 'termin skladania', 'aanmelden', 'aanmelding', 'inschrijving', 'inschrijven', 'προθεσμια', 'αιτησεις', 'εγγραφες',
  'prihlasky', 'prihlaseni', 'uzaverka', 'срок', 'регистрация', 'inscrieri', 'termen', 'pieteikumi', 'registreerimine', 'anmalan', 'sista dag',
];

/** Words before a date that make it a publication date (news items, press releases, posts). */
export const PUBLICATION_CUES = [
  'published', 'posted', 'last updated', 'updated', 'publication date', 'news', 'news item', 'press release', 'veroffentlicht', 'stand',
  'publie le', 'publie', 'mis a jour', 'pubblicato', 'pubblicata', 'publicado', 'publicada', 'opublikowano', 'data publikacji', 'gepubliceerd',
  'δημοσιευθηκε', 'δημοσιευση', 'публикувано', 'publicat', 'publicets', 'avaldatud', 'publicerad', 'zverejneno', 'datum zverejneni',
];

/** Words that make a date the one an event was first planned for, before it was moved ("originally scheduled for"). */
export const ORIGINAL_PLAN_CUES = [
  'originally', 'initially', 'first planned', 'was due to', 'were due to', 'postponed', 'rescheduled from', 'instead of', 'ursprunglich',
  'zunachst geplant', 'verschoben', 'initialement', 'prevu initialement', 'reporte', 'inizialmente', 'originariamente', 'rinviato', 'rinviata',
  'inicialmente', 'originalmente', 'aplazado', 'aplazada', 'adiado', 'adiada', 'pierwotnie pierwotnie', 'pierwotnie', 'przelozone', 'oorspronkelijk',
  'uitgesteld', 'αρχικα', 'αναβληθηκε', 'puvodne', 'първоначално', 'initial programat',
];

/**
 * Words that give an event's new dates after a change ("has been rescheduled to 9-10 June", "postponed to", "now on"):
 * a date after one of them is the event's, even after an ORIGINAL_PLAN_CUES word earlier in the sentence.
 */
export const NEW_DATE_CUES = [
  'rescheduled to', 'rescheduled for', 'postponed to', 'postponed until', 'moved to', 'now', 'new date', 'new dates', 'verschoben auf',
  'neuer termin', 'nun', 'jetzt', 'reporte au', 'reportee au', 'reporte a', 'reportee a', 'desormais', 'deplace au', 'deplacee au',
  'rinviato al', 'rinviata al', 'spostato al', 'spostata al', 'ora', 'aplazado al', 'aplazada al', 'trasladado al', 'trasladada al', 'ahora',
  'adiado para', 'adiada para', 'agora', 'przelozone na', 'przeniesione na', 'teraz', 'verplaatst naar', 'uitgesteld tot', 'nu',
  'μεταφερθηκε για', 'τωρα',
];

/** Words that make a dated event an earlier or side event of the page's event ("a side event", "on the eve"). */
export const SIDE_EVENT_CUES = [
  'side event', 'side-event', 'on the eve', 'the day before', 'pre-conference', 'preceded by', 'previous', 'last year', 'veille', 'am vortag',
  'vorabend', 'vigilia', 'vispera', 'vespera', 'wigilia', 'vorige', 'παραμονη', 'precedent', 'precedente', 'vorherige', 'poprzedni',
];

/** Words saying the event is (or was) held online. */
export const ONLINE_CUES = [
  'online', 'virtual', 'virtually', 'webinar', 'en ligne', 'virtuel', 'virtuelle', 'virtuell', 'virtuellen', 'digital format', '100% digital',
  'teams link', 'zoom', 'in modalita online', 'in videoconferenza', 'en linea', 'em linha', 'w formie online', 'διαδικτυακα', 'διαδικτυακο', 'онлайн',
  'virtualni', 'tiešsaistē', 'tiessaiste', 'veebis', 'digitalt', 'digitale konferenz', 'livestream', 'live stream', 'streamed',
];

/** Labels of a date line or field ("Event Date(s)", "WHEN:", "Datum", "Wann:"). */
export const DATE_LABELS = [
  'event date(s)', 'event dates', 'event date', 'date', 'dates', 'date(s)', 'when', 'datum', 'termin', 'wann', 'quand', 'date de l\'evenement',
  'dates de l\'evenement', 'date(s) de l\'evenement', 'datum der veranstaltung', 'veranstaltungsdatum', 'fecha', 'fechas', 'cuando', 'data', 'quando',
  'kiedy', 'wanneer', 'ημερομηνια', 'ποτε', 'kdy', 'дата', 'кога', 'cand', 'datums', 'kuupaev', 'nar',
];

/** Labels of a title field ("Title:", "Titre", "Thema"). */
export const TITLE_LABELS = ['title', 'event title', 'titel', 'titre', 'titolo', 'titulo', 'tytul', 'τιτλος', 'nazev', 'заглавие', 'titlu', 'nosaukums', 'pealkiri'];

/** Words right before a quoted title that introduce it ("titled", "on the theme", "με τίτλο", "na temat"). */
export const TITLE_INTRODUCERS = [
  'titled', 'entitled', 'called', 'on the theme', 'under the theme', 'under the title', 'theme', 'intitule', 'intitulee', 'sur le theme', 'theme',
  'mit dem titel', 'unter dem titel', 'zum thema', 'unter dem motto', 'motto', 'dal titolo', 'intitolato', 'intitolata', 'sul tema', 'sul', 'sulla',
  'titulado', 'titulada', 'con el titulo', 'sobre', 'intitulado', 'intitulada', 'sob o tema', 'pod tytulem', 'na temat', 'pt.', 'getiteld',
  'met als titel', 'με τιτλο', 'με θεμα', 'на тема', 'cu tema', 'cu titlul', 'nazvem', 'na tema', 'teemal', 'med titeln',
];
