import { lazy, type ComponentType } from 'react';
import { retrying } from './chunk-retry';

/** React's `lazy` with the chunk fetched again when it failed (`retrying`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function lazyScreen<T extends ComponentType<any>>(load: () => Promise<{ default: T }>) {
  return lazy(() => retrying(load));
}
