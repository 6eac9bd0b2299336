import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../platform/context';
import { priorityMatrixFor } from './priority-cap.service';
import { Impact, Priority, Urgency } from './ticket.enums';

@ObjectType({ description: 'One cell of the priority matrix: the priority a ticket gets for an impact and an urgency.' })
export class PriorityCell {
  @Field(() => Impact, { description: 'How widely the case affects the agency.' })
  impact!: Impact;

  @Field(() => Urgency, { description: 'How soon it must be solved.' })
  urgency!: Urgency;

  @Field(() => Priority, { description: 'The priority createTicket and updateTicket set for this impact and urgency.' })
  priority!: Priority;

  @Field({ description: "Whether you may choose it yourself: always for staff; for a customer user only up to their agency's cap (`Agency.customerPriorityCap`, default P2, so P1 only by staff). createTicket refuses the others from a customer (NOT_ALLOWED)." })
  allowed!: boolean;
}

@Resolver()
export class PriorityMatrixResolver {
  @Query(() => [PriorityCell], {
    description:
      "The impact × urgency matrix that sets a ticket's priority, every combination once (the one the API applies), so a form can show the priority before saving. Any signed-in user; without a token UNAUTHENTICATED.",
  })
  priorityMatrix(@Ctx() ctx: Context): Promise<PriorityCell[]> {
    return priorityMatrixFor(ctx);
  }
}
