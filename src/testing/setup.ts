// Shared test setup: DOM matchers for component tests (files that opt into jsdom with a docblock).
import '@testing-library/jest-dom/vitest';
