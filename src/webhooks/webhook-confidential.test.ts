import { eventsOfHistory } from './webhook-payload';

describe("a confidential case's webhook body", () => {
  const at = new Date('2027-03-01T08:00:00Z');
  const history = [{ kind: 'FIELD_CHANGED', field: 'title', fromValue: 'Lön', toValue: 'Skyddad adress för N.N.', visibility: 'PUBLIC', at }];
  const summary = { id: 'VGlja2V0OjE', number: 'SSC-2027-000001', status: 'IN_PROGRESS', priority: 'P3' };

  it('tells the change by kind and field only: the old and new text are the case\'s', () => {
    expect(eventsOfHistory(summary, history, true)[0].data.changes).toEqual([{ kind: 'FIELD_CHANGED', field: 'title', from: null, to: null, at: at.toISOString() }]);
    expect(eventsOfHistory(summary, history)[0].data.changes).toEqual([{ kind: 'FIELD_CHANGED', field: 'title', from: 'Lön', to: 'Skyddad adress för N.N.', at: at.toISOString() }]);
  });
});
