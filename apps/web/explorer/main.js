// The GraphQL explorer (GraphiQL), bundled and served by the platform at GET /graphql: nothing from a CDN.
// It opens signed in with the web app's token (sessionStorage of this tab); without one it says where to sign in.
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

const token = sessionStorage.getItem('monitor.token');
const root = createRoot(document.getElementById('explorer'));

if (!token) {
  root.render(
    createElement('main', { style: { font: '16px system-ui, sans-serif', padding: '24px' } }, [
      createElement('h1', { key: 'h' }, 'GraphQL'),
      createElement('p', { key: 'p' }, [
        'Đăng nhập trước / Sign in first: ',
        createElement('a', { key: 'a', href: '/' }, '/'),
        ' (Token), then open this page again from the app.',
      ]),
    ]),
  );
} else {
  const authorization = `Bearer ${token}`;
  const fetcher = createGraphiQLFetcher({
    url: '/graphql',
    subscriptionUrl: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    headers: { authorization },
    wsConnectionParams: { authorization },
  });
  root.render(
    createElement(GraphiQL, {
      fetcher,
      defaultQuery:
        '{\n  compareProvinces(directive: "696/QD-TTg", provinces: ["ha-nam"]) {\n    rows { province { name } plans { number } planLagDays tasks completed overdue }\n  }\n}\n',
    }),
  );
}
