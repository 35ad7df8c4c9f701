import { ENTITY_DEFINITIONS } from '../../src/entities/entity-definitions';
import { ReadAheadField } from '../../src/graph/read-ahead';
import { entityReadingAheadStatement, listStatement } from '../../src/graph/read-statements';
import { expectParameterised, freshParams, specOf, view } from './statement-view';

/*
 * Read-ahead (issue 15, item 4): the relationship fields asked under a root list or lookup compiled into the root's
 * statement as COLLECT subqueries that limit each level before descending, built without a database.
 */

const MAX_PAGE = 100;

const names = { fields: ['name'], relationship: false, total: false };

/** The deep traversal of the benchmark: a group's events, their hosts, each host's five latest hosted events. */
const deepTraversal: ReadAheadField[] = [
  {
    spec: specOf('WorkingGroup', 'events'),
    args: { first: 10 },
    selection: { ...names, total: true },
    children: [
      {
        spec: specOf('Event', 'hostedBy'),
        args: {},
        selection: { fields: ['hostedEvents', 'name'], relationship: true, total: false },
        children: [
          {
            spec: specOf('Organisation', 'hostedEvents'),
            args: { first: 5, orderBy: { field: 'START_DATE', direction: 'DESC' } },
            selection: { fields: ['startDate'], relationship: false, total: false },
            children: [],
          },
        ],
      },
    ],
  },
];

describe('read-ahead statements', () => {
  it('a lookup with three levels below it: one statement, each level ordered and limited before the next', () => {
    const definition = ENTITY_DEFINITIONS.WorkingGroup;
    const statement = entityReadingAheadStatement(definition, 'wg:zq-group', deepTraversal, freshParams(), MAX_PAGE);
    expect(view(statement)).toMatchSnapshot();
    expect(statement.readAhead?.map((p) => [p.index, p.withTotal, p.children.length])).toEqual([[0, true, 1]]);
    expect(statement.cypher.match(/COLLECT \{/g)).toHaveLength(4); // three pages and one count
    expect(statement.cypher).toContain('ra2.startDate DESC, ra2.id ASC LIMIT');
    expectParameterised(statement, ['wg:zq-group']);
  });

  it('a list with a field whose arguments the loader refuses: that field is left out, the others read ahead', () => {
    const definition = ENTITY_DEFINITIONS.Event;
    const fields: ReadAheadField[] = [
      { spec: specOf('Event', 'hostedBy'), args: { first: 1000 }, selection: names, children: [] },
      { spec: specOf('Event', 'heldIn'), args: {}, selection: names, children: [] },
    ];
    const request = { definition, args: { first: 5 }, withTotal: false, maxPageSize: MAX_PAGE, readAhead: fields };
    const statement = listStatement(request, freshParams());
    expect(view(statement)).toMatchSnapshot();
    expect(statement.readAhead?.map((p) => p.field.spec.name)).toEqual(['Event.heldIn']);
    expect(statement.cypher).not.toContain('HOSTED_BY');
  });

  it('pages that could multiply past READ_AHEAD_ROWS: the deeper level is left to the loader', () => {
    const topics = (children: ReadAheadField[]): ReadAheadField => ({
      spec: specOf('Event', 'topics'),
      args: { first: 100 },
      selection: names,
      children,
    });
    const events = (children: ReadAheadField[]): ReadAheadField => ({
      spec: specOf('Topic', 'events'),
      args: { first: 100 },
      selection: names,
      children,
    });
    const definition = ENTITY_DEFINITIONS.Topic;
    const fields = [events([topics([events([])])])];
    const request = { definition, args: { first: 100 }, withTotal: false, maxPageSize: MAX_PAGE, readAhead: fields };
    const statement = listStatement(request, freshParams());
    // 101 topics x 101 events (10,201 rows) fit in the budget; x 101 topics more (1,030,301) do not.
    expect(statement.readAhead?.map((p) => [p.field.spec.name, p.children.length])).toEqual([['Topic.events', 0]]);
    expect(statement.cypher.match(/COLLECT \{/g)).toHaveLength(1);
  });
});
