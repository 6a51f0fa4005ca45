import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'ripen/styles.css';
import './demo.css';
import { App } from './app.js';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
