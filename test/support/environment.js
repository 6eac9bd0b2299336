const { TestEnvironment } = require('jest-environment-node');

/**
 * Node's test environment, plus `__testFailed`: whether the running test's body has failed, for an
 * `afterEach` that says more only then (the browser tests print what their pages showed and were
 * still waiting for). Plain JavaScript: Jest loads the environment before any transform.
 */
class Environment extends TestEnvironment {
  handleTestEvent(event) {
    if (event.name === 'test_start') this.global.__testFailed = false;
    else if (event.name === 'test_fn_failure') this.global.__testFailed = true;
  }
}

module.exports = Environment;
