import { contactsIn } from '../../src/pipelines/ingest/ingest.event-fields';
import { extractPlace } from '../../src/pipelines/ingest/ingest.event-place';
import { findHosts, findOrganisers } from '../../src/pipelines/ingest/ingest.roles';
import { findWorkingGroups } from '../../src/pipelines/ingest/ingest.working-groups';

// Synthetic sentences written for this test (no corpus text): one per language of issue 11, item 6.
describe('role cues in the languages of the genre (issue 11, item 6)', () => {
  it.each([
    ['en', 'The seminar is organised by the Example Skills Agency in Porto.', 'Example Skills Agency'],
    ['fr', 'Le séminaire est organisé par l’Agence nationale Exemple à Lyon.', 'Agence nationale Exemple'],
    ['de', 'Die Tagung wird in Zusammenarbeit mit der Kammer Beispielstadt durchgeführt.', 'Kammer Beispielstadt'],
    ['it', 'Il convegno è organizzato da Istituto Esempio per la Formazione.', 'Istituto Esempio per la Formazione'],
    ['es', 'La jornada está organizada por el Instituto Ejemplo de Empleo.', 'Instituto Ejemplo de Empleo'],
    [
      'pt',
      'O seminário foi organizado pela Agência Exemplo para a Qualificação.',
      'Agência Exemplo para a Qualificação',
    ],
    ['pl', 'Konferencja została zorganizowana przez Instytut Przykładowy.', 'Instytut Przykładowy'],
    ['nl', 'De bijeenkomst wordt georganiseerd door het Voorbeeld Kenniscentrum.', 'Voorbeeld Kenniscentrum'],
    ['el', 'Η ημερίδα διοργανώνεται από το Ινστιτούτο Παραδείγματος.', 'Ινστιτούτο Παραδείγματος'],
  ])('%s: the organiser after the cue', (_, text, name) => {
    expect(findOrganisers(text).map((org) => org.value)).toEqual([name]);
  });

  it('reads hosts after host cues and from the subject of a hosting verb', () => {
    expect(
      findHosts('The forum was hosted by the Example Chamber of Commerce (ECC) in Riga.').map((org) => [
        org.value,
        org.acronym,
      ]),
    ).toEqual([['Example Chamber of Commerce', 'ECC']]);
    expect(
      findHosts('El anfitrión es el Centro Ejemplo de Formación, que abrió la sesión.').map((org) => org.value),
    ).toEqual(['Centro Ejemplo de Formación']);
    // The subject of a hosting verb and a known venue are calibrated apart (data/calibration): 0.82 and 0.8.
    expect(
      findHosts('Cedefop hosted the fifth policy learning forum.').map((org) => [org.value, org.confidence]),
    ).toEqual([['Cedefop', 0.82]]);
    expect(findHosts('The forum took place at Cedefop.').map((org) => [org.value, org.confidence])).toEqual([
      ['Cedefop', 0.8],
    ]);
    // The venue's name runs on into its city; the judge cuts it before the institution test, not after.
    expect(
      findHosts('The conference took place at Cedefop in Thessaloniki on 11-12 June 2031.').map((org) => [
        org.value,
        org.confidence,
      ]),
    ).toEqual([['Cedefop', 0.8]]);
    expect(findHosts('The Example Institute of Skills is hosting a two-day meeting.').map((org) => org.value)).toEqual([
      'Example Institute of Skills',
    ]);
  });

  // Synthetic sentences of the bare "at" cue's wrong readings on the reviewed bulk pages (no corpus text).
  it.each([
    ['Jane Example, Senior Expert at Cedefop, opened the seminar.'],
    ['Jo Example, Director of Social Affairs at BusinessEurope, spoke at the workshop.'],
    ['Jo Example, Chair of the Adult Learning and Lifelong Guidance Commission at ARES, spoke.'],
    ['We at the OECD believe in apprenticeships; the forum met later.'],
    ['This is what we do at Cedefop every year.'],
    ['Results were presented at Cedefop’s Agora conference.'],
    ['Methods were discussed at Cedefop policy learning forum.'],
    ['The programme is available at the Cedefop website.'],
    ['Contact: Jo Example, Project Manager at Le Forem'],
  ])('takes no host from an employer or an owner after a bare "at": %j', (text) => {
    expect(findHosts(text).map((org) => org.value)).toEqual([]);
  });

  it('still reads the venue after a bare "at" when it is where the event is held', () => {
    expect(findHosts('09.00 Participants arrive at Cedefop\n09.30 Registration').map((org) => org.value)).toEqual([
      'Cedefop',
    ]);
    expect(findHosts('The network meeting will take place at Cedefop.').map((org) => org.value)).toEqual(['Cedefop']);
  });

  it('reads organisers from a subject, an owner and a presidency, and never from a date fragment', () => {
    expect(findOrganisers('In 2031, the Example Agency (EXA) organised a workshop.').map((org) => org.value)).toEqual([
      'Example Agency',
    ]);
    expect(findOrganisers("Cedefop's annual conference gathered experts.").map((org) => org.value)).toEqual([
      'Cedefop',
    ]);
    expect(
      findOrganisers('The seminar is held under the presidency of the Example Presidency of the Council.').map(
        (org) => [org.value, org.confidence],
      ),
    ).toEqual([['Example Presidency of the Council', 0.8]]);
    expect(
      findOrganisers('A workshop, organised by Cedefop on 4 and 5 May in Thessaloniki, explored skills.').map(
        (org) => org.value,
      ),
    ).toEqual(['Cedefop']);
    expect(
      findOrganisers(
        'Την ημερίδα οργανώνει στις 7 Μαΐου, στο Μουσείο Παραδείγματος, το Ελληνικό Εμπορικό και Βιομηχανικό Επιμελητήριο.',
      ).map((org) => org.value),
    ).toEqual(['Ελληνικό Εμπορικό και Βιομηχανικό Επιμελητήριο']);
    expect(
      findOrganisers(
        'Die Tagung wird vom Beispielinstitut für Bildung in Zusammenarbeit mit der Kammer Muster organisiert.',
      ).map((org) => org.value),
    ).toEqual(['Beispielinstitut für Bildung', 'Kammer Muster']);
  });

  it('finds networks of the bundled data and named working groups', () => {
    const groups = findWorkingGroups(
      'The ReferNet Portugal team met the ET 2030 Working Group on Examples and the Example Skills Network.',
    );
    expect(groups.map((g) => g.value)).toEqual([
      'ReferNet',
      'ReferNet Portugal',
      'ET 2030 Working Group on Examples',
      'Example Skills Network',
    ]);
  });

  it.each([
    ['Il gruppo di lavoro sull’apprendistato si è riunito ieri.', 'gruppo di lavoro sull’apprendistato'],
    ['El Grupo de trabajo sobre formación dual es nuevo.', 'Grupo de trabajo sobre formación dual'],
    ['De werkgroep voor beroepsonderwijs is gestart.', 'werkgroep voor beroepsonderwijs'],
    ['Le réseau européen EXNET se réunit.', 'réseau européen EXNET'],
  ])('working group in %j', (text, name) => {
    expect(findWorkingGroups(text).map((g) => [g.value, g.confidence >= 0.75])).toEqual([[name, true]]);
  });

  it.each([
    ['The meeting will take place in Wien on 3 May.', 'Vienna', 'AT'],
    ['Il seminario si svolge a Torino il 12 ottobre.', 'Turin', 'IT'],
    ['Konferencja odbędzie się w Gdańsku.', 'Gdańsk', 'PL'],
    ['Η συνάντηση θα πραγματοποιηθεί στη Θεσσαλονίκη.', 'Thessaloniki', 'GR'],
    ['Location:\nBonn', 'Bonn', 'DE'],
    ['Register now.\n  • Where: Lisbon (hybrid)\n  • When: 3 May 2031', 'Lisbon', 'PT'],
    ['Wann: 3. Mai 2031\nWo: Graz, Messe', 'Graz', 'AT'],
    ['Example forum\nBrussels, 4-5 March 2031', 'Brussels', 'BE'],
    ['Les directeurs se sont réunis à Luxembourg les 3 et 4 mai.', 'Luxembourg', 'LU'],
  ])('place of %j', (text, city, country) => {
    const place = extractPlace(text, []);
    expect([place?.city.value, place?.country.value, (place?.city.confidence ?? 0) >= 0.75]).toEqual([
      city,
      country,
      true,
    ]);
  });
});

// Synthetic lines (no corpus text), from a new user's trial (2026-12-08): a contact line that goes on to the person's
// role and employer gave no contact, and its employer became a host.
describe('a contact line with the role after the name', () => {
  it.each([
    ['Contact: Jo Example, Project Manager at Le Forem', 'Jo Example'],
    ['Contact person: Maria Example', 'Maria Example'],
    ['Kontakt: Jan Beispiel, Referent', 'Jan Beispiel'],
  ])('%j names %j', (line, name) => {
    expect(contactsIn(`Workshop on VET data\n\n${line}`).map((contact) => contact.value)).toEqual([name]);
  });

  it('a contact line that names no person gives none', () => {
    expect(contactsIn('Workshop on VET data\n\nContact: the organising team, by e-mail')).toEqual([]);
  });
});
