import { graphql } from '../../../gql';

/** The agency view's documents: its SLA report, both sides' contacts, its forum meetings. */

export const AgencySlaQuery = graphql(`
  query CustomerAgencySla($input: SlaReportInput!) {
    slaReport(input: $input) {
      period { label from to }
      agency { id name }
      targetPercent
      openPastSla
      volumes { created resolved firstLineResolutionRate escalated }
      outcomes { level metric measured met breached sharePercent reached serviceArea { id name } }
    }
  }
`);

export const AgencyContactsQuery = graphql(`
  query CustomerAgencyContacts($agencyId: ID!) {
    agencyContacts(agencyId: $agencyId) {
      id side role
      serviceArea { id name }
      person { id name email phone }
      deputy { id name email phone }
    }
  }
`);

export const AgencyMeetingsQuery = graphql(`
  query CustomerAgencyMeetings($year: Int!, $next: Int!) {
    thisYear: meetings(year: $year, first: 100) { edges { node { ...CustomerMeeting } } }
    nextYear: meetings(year: $next, first: 100) { edges { node { ...CustomerMeeting } } }
  }
  fragment CustomerMeeting on Meeting {
    id forum status scheduledAt minutes
    agency { id name }
    serviceArea { id name }
    agenda { position title lines }
    minutesApprovedIn { id scheduledAt }
  }
`);

export const AgencyViewerQuery = graphql(`
  query CustomerAgencyViewer {
    viewer { role user { id agency { id name } } }
  }
`);
