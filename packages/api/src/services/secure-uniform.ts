import { uniformFromRandomWords } from '@crm-maturity/core';

/**
 * The randomness of a Laplace-noised release: Web Crypto, the platform's
 * cryptographically secure generator, never Math.random (predictable). Core
 * takes the source as an argument because it uses no platform API.
 */
export const secureUniform = uniformFromRandomWords((words) => globalThis.crypto.getRandomValues(words));
