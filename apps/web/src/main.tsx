import { render } from 'preact';
import { App } from './app';
import { lang } from './i18n';
import { prefetchRoute } from './prefetch';
import { session } from './session';
import './styles.css';

document.documentElement.lang = lang.value;
if (session.value) prefetchRoute(location.pathname, location.search);
render(<App />, document.getElementById('app')!);
