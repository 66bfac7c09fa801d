import { ApiError } from '../errors';

/**
 * The one answer to a bearer token that does not work, whatever the reason
 * (malformed, unknown, revoked, expired): a caller holding a leaked or old
 * token learns nothing about which it is.
 */
export const tokenRefusedMessage = 'the API token is not valid: it is malformed, unknown, revoked or expired; send "Authorization: Bearer crmm_..." with a live token';

export function tokenRefused(): ApiError {
  const error = new ApiError('UNAUTHENTICATED', tokenRefusedMessage);
  (error.extensions as Record<string, unknown>).http = { status: 401 };
  return error;
}
