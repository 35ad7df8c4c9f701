import { idFromName } from '../../src/pipelines/write/entity-ids';
import { entityIdProblem } from '../../src/pipelines/write/write.validators';

describe('ids made from names', () => {
  it.each([
    ['Organisation', "Office de l'Emploi Test", undefined, 'org:office-de-lemploi-test'],
    ['Organisation', 'Ліга Професійної Освіти Тест', undefined, 'org:liga-profesijnoyi-osviti-test'],
    ['Place', 'Liège', undefined, 'place:liege'],
    ['Event', 'Policy learning forum', 2014, 'event:policy-learning-forum-2014'],
    ['Event', 'PLA 2013 Louvain-la-Neuve', 2013, 'event:pla-2013-louvain-la-neuve'],
  ] as const)('%s "%s" → %s', (type, name, year, id) => {
    expect(idFromName(type, name, year, 'input.name')).toBe(id);
    expect(entityIdProblem(type, id)).toBeUndefined();
  });

  it('cuts long names at a word boundary below 80 characters', () => {
    const id = idFromName(
      'Publication',
      'Competence standards for in-company trainers '.repeat(10),
      undefined,
      'input.title',
    );
    expect(id.length).toBeLessThanOrEqual('pub:'.length + 80);
    expect(id).toMatch(/^pub:competence-standards-for-in-company-trainers-competence-.*[a-z]$/);
  });

  it('asks for an id when the name has nothing to slug', () => {
    expect(() => idFromName('Topic', '職業訓練', undefined, 'input.name')).toThrow(/give an id such as topic:my-name/);
  });

  it('checks client ids against the type', () => {
    expect(entityIdProblem('Country', 'country:be')).toMatch(/capitals/);
    expect(entityIdProblem('Country', 'country:XX')).toMatch(/ISO 3166-1/);
    expect(entityIdProblem('Event', 'event:Bad_Id')).toMatch(/kebab-case/);
    expect(entityIdProblem('Event', 'event:a--b')).toMatch(/kebab-case/);
    expect(entityIdProblem('Event', 'org:x')).toBe('must start with "event:" for Event ids (got "org:")');
  });
});
