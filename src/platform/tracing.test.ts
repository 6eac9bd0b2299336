import { statementShape } from './tracing';

describe('statementShape', () => {
  it('keeps a statement\'s shape and drops its literal values', () => {
    expect(statementShape(`select u.id from app_user u where u.email = 'agent@ssc.example' and u.name = 'O''Brien' limit 20`)).toBe('select u.id from app_user u where u.email = ? and u.name = ? limit ?');
    expect(statementShape(`select $1::int, $x$secret$x$ as t, t1.c2 from t1 where id = 42 and v > 3.5`)).toBe('select $1::int, ? as t, t1.c2 from t1 where id = ? and v > ?');
    expect(statementShape(`select "ticket_number_seq2" from x`)).toBe('select "ticket_number_seq2" from x');
  });
});
