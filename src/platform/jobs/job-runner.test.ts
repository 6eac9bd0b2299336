import { taskListOf } from './job-runner';
import { defineTask, taskRef } from './jobs';

const deps = { orm: undefined as never, clock: { now: () => new Date(0) }, config: undefined as never, unitOfWork: undefined as never };
const noop = async () => undefined;

describe('taskListOf', () => {
  it('indexes every declaration\'s tasks and cron items', () => {
    const sweep = defineTask('a_sweep', noop);
    const { taskList, cron } = taskListOf([{ tasks: [defineTask('a_check', noop), sweep], cron: [{ task: sweep, match: '*/5 * * * *', backfillMs: 120_000 }] }, { tasks: [defineTask('b_mail', noop)] }], deps);
    expect(Object.keys(taskList)).toEqual(['a_check', 'a_sweep', 'b_mail']);
    expect(cron.map((c) => [c.task, c.identifier, c.options.backfillPeriod])).toEqual([['a_sweep', 'a_sweep', 120_000]]);
  });

  it('refuses a task defined twice, and a cron item for a task nobody defines', () => {
    expect(() => taskListOf([{ tasks: [defineTask('a_check', noop)] }, { tasks: [defineTask('a_check', noop)] }], deps)).toThrow('job task "a_check" is defined twice');
    expect(() => taskListOf([{ tasks: [], cron: [{ task: taskRef('nobody'), match: '* * * * *' }] }], deps)).toThrow(
      'cron item "* * * * *" names task "nobody", which no declaration defines',
    );
  });

  it('refuses a task name graphile-worker would not take as ours', () => {
    expect(() => taskRef('Send Mail')).toThrow('task name "Send Mail": lower-case letters, digits and _');
  });
});
