import { CrmMaturityError } from '@crm-maturity/core';

/**
 * The one answer to a bearer token that does not work, whatever the reason
 * (malformed, unknown, revoked, expired): a caller holding a leaked or old
 * token learns nothing about which it is.
 */
export const tokenRefusedMessage = 'the API token is not valid: it is malformed, unknown, revoked or expired; send "Authorization: Bearer crmm_..." with a live token';

/** TOKEN_REFUSED: answered UNAUTHENTICATED with HTTP 401 (see `apiErrorOf`). */
export function tokenRefused(): CrmMaturityError {
  return new CrmMaturityError('TOKEN_REFUSED', tokenRefusedMessage);
}
