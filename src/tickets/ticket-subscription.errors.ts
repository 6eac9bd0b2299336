import { GraphQLError } from 'graphql';

/** A subscription has no payload for user errors: an unknown or invisible ticket is a top-level NOT_FOUND. */
export const notFoundError = () => new GraphQLError('no such ticket', { extensions: { code: 'NOT_FOUND' } });
