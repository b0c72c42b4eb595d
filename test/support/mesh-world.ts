// Temporary alias while tests move to world.ts (the real-parts world).
export * from './world.js';
