import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { RelationshipInfo } from '../../graphql/connection.types';
import { EntityObject, RelationshipObject } from '../../graph/entity-record';

/** Result of `delete<Type>`. */
@ObjectType({ description: 'What a delete removed.' })
export class DeletePayload {
  @Field(() => ID, { description: 'Id of the deleted entity.' }) id!: string;
  @Field(() => Int, { description: 'Relationships removed with it (only with force: true; otherwise 0).' })
  removedRelationships!: number;
}

/** Result of `link`. */
@ObjectType({ description: 'A relationship after `link`: both ends and its properties.' })
export class LinkPayload {
  @Field({ description: 'Relationship type, e.g. HOSTED_BY.' }) type!: string;
  @Field(() => Node, { description: 'Where the relationship starts.' }) from!: EntityObject;
  @Field(() => Node, { description: 'Where the relationship ends.' }) to!: EntityObject;
  @Field(() => RelationshipInfo) relationship!: RelationshipObject;
  @Field({ description: 'True when the relationship was new; false when an existing one was updated.' })
  created!: boolean;
}

/** Result of `unlink`. */
@ObjectType({ description: 'The relationship `unlink` removed.' })
export class UnlinkPayload {
  @Field({ description: 'Relationship type.' }) type!: string;
  @Field(() => ID) from!: string;
  @Field(() => ID) to!: string;
}
