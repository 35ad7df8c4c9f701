import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars';
import { EventInvolvement, EventKind } from '../../graphql/enums';
import { createConnectionTypes } from '../../graphql/connection.types';

@Directive('@key(fields: "id")')
@ObjectType({
  implements: Node,
  description: 'An event: peer learning activity, policy learning forum, conference, meeting, workshop, webinar or seminar.',
})
export class Event extends Node {
  @Field(() => EventKind, { nullable: true })
  kind!: EventKind | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day (local calendar date of the venue).' })
  startDate!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day; null for one-day events or when unknown.' })
  endDate!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Start instant, when the time of day is known.' })
  startDateTime!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'End instant, when the time of day is known.' })
  endDateTime!: string | null;

  @Field(() => Int, { nullable: true, description: 'Year it took place (from startDate, or as the source gives it).' })
  year!: number | null;

  @Field(() => EventInvolvement, { nullable: true })
  involvement!: EventInvolvement | null;

  @Field(() => String, { nullable: true, description: 'Event page.' })
  url!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True when the event is or was held online (as its page says); null when not stated.' })
  virtual!: boolean | null;

  @Field(() => String, { nullable: true, description: 'One sentence in our own words.' })
  summary!: string | null;
}

export const { Connection: EventConnection, Edge: EventEdge } = createConnectionTypes(Event, 'Event');
