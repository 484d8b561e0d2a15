import { ConfigError, loadConfig } from './platform-config.js';

describe('subscription limits configuration', () => {
  it('bounds what one connection and one token hold open, by default', () => {
    expect(loadConfig({}).subscriptionLimits).toEqual({
      subscriptionsPerConnection: 100,
      subscriptionsPerToken: 200,
      connectionsPerToken: 20,
    });
  });

  it('takes each limit from its variable', () => {
    const env = {
      MONITOR_WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: '5',
      MONITOR_WS_MAX_SUBSCRIPTIONS_PER_TOKEN: '12',
      MONITOR_WS_MAX_CONNECTIONS_PER_TOKEN: '3',
    };
    expect(loadConfig(env).subscriptionLimits).toEqual({
      subscriptionsPerConnection: 5,
      subscriptionsPerToken: 12,
      connectionsPerToken: 3,
    });
  });

  it('names a limit that is not a positive whole number', () => {
    expect(() => loadConfig({ MONITOR_WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: '0' })).toThrow(ConfigError);
    expect(() => loadConfig({ MONITOR_WS_MAX_SUBSCRIPTIONS_PER_TOKEN: 'many' })).toThrow(/MONITOR_WS_MAX_SUBSCRIPTIONS_PER_TOKEN/);
    expect(() => loadConfig({ MONITOR_WS_MAX_CONNECTIONS_PER_TOKEN: '1.5' })).toThrow(/MONITOR_WS_MAX_CONNECTIONS_PER_TOKEN/);
  });
});
