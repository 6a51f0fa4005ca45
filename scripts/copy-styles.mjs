// Copies the stylesheet into dist/ after the tsup build (the package exports `ripen/styles.css`).
import { copyFileSync, mkdirSync } from 'node:fs';
mkdirSync('dist', { recursive: true });
copyFileSync('src/styles/ripen.css', 'dist/styles.css');
