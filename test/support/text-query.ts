import type { TestApp } from './test-app';

/** A global ID's database id (`VGlja2V0OjE` → 1). */
export const rawId = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

/**
 * A GraphQL request written as text, as `as`, its errors' codes flattened for assertions. For tests
 * whose operations are not in the generated documents. `app` is read at call time (set in beforeAll).
 */
export function textQuery(app: () => TestApp) {
  return async (as: string, query: string, variables: Record<string, unknown> = {}): Promise<{ data: any; codes: string[] }> => {
    const t = app();
    const res = await t.post({ query, variables }, { authorization: `Bearer ${await t.token(as)}` });
    const json = res.json as { data: any; errors?: { extensions?: { code?: string } }[] };
    return { data: json.data, codes: (json.errors ?? []).map((e) => e.extensions?.code ?? '') };
  };
}
