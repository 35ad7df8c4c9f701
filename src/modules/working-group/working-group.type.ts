import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { createConnectionTypes } from '../../graphql/connection.types';

@Directive('@key(fields: "id")')
@ObjectType({
  implements: Node,
  description: 'A working group, such as an ET 2020 thematic working group, with the policy documents that mandate it.',
})
export class WorkingGroup extends Node {
  @Field(() => String, { nullable: true, description: 'Policy framework, e.g. ET 2020.' })
  framework!: string | null;

  @Field(() => Int, { nullable: true, description: 'Year it started.' })
  startYear!: number | null;

  @Field(() => Int, { nullable: true, description: 'Year it ended; null while active.' })
  endYear!: number | null;

  @Field(() => String, { nullable: true, description: 'One sentence in our own words.' })
  summary!: string | null;
}

export const { Connection: WorkingGroupConnection, Edge: WorkingGroupEdge } = createConnectionTypes(WorkingGroup, 'WorkingGroup');
