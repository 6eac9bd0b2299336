import type { EntityManager } from '@mikro-orm/postgresql';
import { loadConfig } from '../platform/config';
import type { ServiceDeps } from '../platform/domain';
import { majorIncidentThresholdOf, startProblemSettings } from './problem-settings';

describe('the major-incident threshold', () => {
  it('comes from MAJOR_INCIDENT_THRESHOLD, 5 by default', () => {
    expect(loadConfig({}).majorIncidentThreshold).toBe(5);
    expect(loadConfig({ MAJOR_INCIDENT_THRESHOLD: '3' }).majorIncidentThreshold).toBe(3);
  });

  it("is the instance's configured one once its service started, at least 1, and the default before", async () => {
    const em = (config: object) => ({ config }) as unknown as EntityManager;
    const ormConfig = {};
    expect(majorIncidentThresholdOf(em(ormConfig))).toBe(5);
    await startProblemSettings({ orm: { config: ormConfig }, config: { majorIncidentThreshold: 3 } } as unknown as ServiceDeps);
    expect(majorIncidentThresholdOf(em(ormConfig))).toBe(3);
    const other = {};
    await startProblemSettings({ orm: { config: other }, config: { majorIncidentThreshold: 0 } } as unknown as ServiceDeps);
    expect(majorIncidentThresholdOf(em(other))).toBe(1);
  });
});
