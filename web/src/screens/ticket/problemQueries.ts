import { graphql } from '../../gql';

/** The case's place in problem management, as the ticket page's "Problem" section shows it. */
export const TicketProblemQuery = graphql(`
  query TicketProblem($id: ID!) {
    ticket(id: $id) {
      id number status priority kind majorIncidentAt linkedToKnownProblem linkedIncidentCount availableActions version
      problem { id number title status }
      linkedIncidents { id number title status agency { id name } }
    }
  }
`);

export const TicketIdByNumber = graphql(`
  query TicketIdByNumber($number: String!) {
    ticket(number: $number) { id number }
  }
`);

export const SetKind = graphql(`
  mutation TicketSetKind($input: SetTicketKindInput!) {
    setTicketKind(input: $input) { ticket { id kind version } userErrors { code message field } }
  }
`);

export const LinkIncidentMutation = graphql(`
  mutation TicketLinkIncident($input: LinkIncidentInput!) {
    linkIncident(input: $input) {
      problem { id version majorIncidentAt linkedIncidentCount linkedIncidents { id number title status agency { id name } } }
      incident { id number }
      userErrors { code message field }
    }
  }
`);

export const UnlinkIncidentMutation = graphql(`
  mutation TicketUnlinkIncident($input: UnlinkIncidentInput!) {
    unlinkIncident(input: $input) { problem { id version linkedIncidentCount } incident { id number } userErrors { code message field } }
  }
`);

export const ResolveProblemMutation = graphql(`
  mutation TicketResolveProblem($input: ResolveProblemInput!) {
    resolveProblem(input: $input) {
      problem { id status version resolution resolvedAt availableActions }
      resolvedIncidents { id number status }
      unresolvedIncidents { incident { id number status } reason message }
      userErrors { code message field }
    }
  }
`);

export const ProblemEvents = graphql(`
  subscription TicketProblemEvents($ticketId: ID!) {
    ticketEvents(ticketId: $ticketId) { id kind }
  }
`);
