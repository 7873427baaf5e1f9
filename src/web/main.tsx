import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setApiLanguage } from './api-client';
import { App } from './app';
import { storedLanguage } from './i18n/i18n';
import './styles.css';

// Before the first render, so the document never announces itself in the wrong language.
const language = storedLanguage();
document.documentElement.lang = language;
setApiLanguage(language);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
