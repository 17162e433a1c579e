/**
 * @module
 * The name of the request-signature header (spec/registry-api.md §2.2), apart from the code
 * that builds and checks its value (request-auth.ts), so an anonymous client carries no
 * signing code.
 */
export const AUTH_HEADER = 'X-StartOS-Auth-Sig';
