import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The app's sources (and index.html) live in src/ so turbo's build inputs cover them.
export default defineConfig({
  root: 'src',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
});
