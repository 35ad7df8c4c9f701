import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { CompetenceStandardLevel } from '../../graphql/enums';
import { createConnectionTypes } from '../../graphql/connection.types';

@Directive('@key(fields: "id")')
@ObjectType({
  implements: Node,
  description: 'A competence standard (or profile, or certification requirement) for trainers, such as in-company trainers, defined at national, sectoral or company level.',
})
export class CompetenceStandard extends Node {
  @Field(() => CompetenceStandardLevel, { nullable: true, description: 'National, sectoral or company level.' })
  level!: CompetenceStandardLevel | null;

  @Field(() => String, { nullable: true, description: 'Who it is for, e.g. in-company trainers.' })
  targetGroup!: string | null;

  @Field(() => Int, { nullable: true, description: 'Year it was adopted or first applied.' })
  year!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether it leads to a certificate.' })
  certification!: boolean | null;

  @Field(() => String, { nullable: true, description: 'Name in the original language.' })
  originalName!: string | null;

  @Field(() => String, { nullable: true, description: 'Body that awards the certificate.' })
  awardingBody!: string | null;

  @Field(() => String, { nullable: true, description: 'Law or regulation it rests on.' })
  legalBasis!: string | null;

  @Field(() => String, { nullable: true, description: 'One sentence in our own words.' })
  summary!: string | null;
}

export const { Connection: CompetenceStandardConnection, Edge: CompetenceStandardEdge } = createConnectionTypes(CompetenceStandard, 'CompetenceStandard');
