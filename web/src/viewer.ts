import { useQuery } from 'urql';
import { graphql } from './gql';
import type { Role } from './gql/graphql';

/** Who is signed in: role, user and groups (one query, shared through the cache by every screen). */
export const ViewerQuery = graphql(`
  query Viewer {
    viewer { role user { id name } groups { id name } }
  }
`);

/** The signed-in viewer, or null while it loads. */
export function useViewer() {
  const [{ data }] = useQuery({ query: ViewerQuery });
  return data?.viewer ?? null;
}

/** Whether the viewer has one of these roles (false while the viewer loads). */
export function hasRole(viewer: { role: Role } | null, roles: readonly Role[]): boolean {
  return viewer !== null && roles.includes(viewer.role);
}
