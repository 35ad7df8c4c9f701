import { Directive, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { createConnectionTypes } from '../../graphql/connection.types';
import { addReadFields, text, year, PropertyDeclarations } from '../../pipelines/write/entity-properties';

/**
 * The stored properties of WorkingGroup, declared once: read fields, input fields and the typed `fields` (see
 * PropertyDeclaration).
 */
export const WORKING_GROUP_PROPERTIES: PropertyDeclarations = {
  framework: text('Policy framework, e.g. ET 2020.', { max: 200 }),
  startYear: year('Year it started.'),
  endYear: year('Year it ended; null while active.', {
    input: 'Year it ended; not before startYear.',
    rules: { notBefore: 'startYear' },
  }),
  summary: text('One sentence in our own words.'),
};

@Directive('@key(fields: "id")')
@ObjectType({
  implements: Node,
  description: 'A working group, such as an ET 2020 thematic working group, with the policy documents that mandate it.',
})
export class WorkingGroup extends Node {}
addReadFields(WorkingGroup, WORKING_GROUP_PROPERTIES);

export const { Connection: WorkingGroupConnection, Edge: WorkingGroupEdge } = createConnectionTypes(
  WorkingGroup,
  'WorkingGroup',
);
