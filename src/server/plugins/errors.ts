// Which errors a client sees. A KgError is expected: its message and
// `extensions.code` go out as they are (BAD_REQUEST, NOT_FOUND); the store's
// state (STORE_BUSY, STORE_UNAVAILABLE) goes out as its code and a fixed message.
// GraphQL's own errors (syntax, validation, argument types) go out too.
// Everything else, including a statement the store rejected, is a bug: the
// client gets "Unexpected error." and the server log gets the cause (a JSON
// line at level error with the request's id: log.ts).
import { GraphQLError } from 'graphql';
import { createGraphQLError, maskError } from 'graphql-yoga';
import { PothosValidationError } from '@pothos/core';
import { errorExtensions, isKgError, type ErrorCode } from '../../errors.ts';

export interface ErrorMaskingOptions {
  /** What a masked error says (default "Unexpected error."). */
  message?: string;
  /**
   * Also reports the cause of a masked error here (default: nowhere more;
   * graphql-yoga's logger, the app's pino logger, already writes every error
   * it masks, cause and request id included).
   */
  log?: (error: unknown) => void;
}

/** Codes that are the store's or the server's fault, not the request's: masked. */
const MASKED_CODES: ReadonlySet<ErrorCode> = new Set(['STORE_ERROR', 'CONFIG']);
/**
 * The store's state, not the request's fault: the client gets the code (it may
 * retry) and a fixed message; where it happened (a file path, a Neo4j URI)
 * goes to the log only.
 */
const STORE_STATE_MESSAGES: Partial<Record<ErrorCode, string>> = {
  STORE_BUSY: 'The graph store is busy; try again shortly.',
  STORE_UNAVAILABLE: 'The graph store cannot be reached; try again later.',
};

export function maskKgError(error: unknown, message: string, log: (e: unknown) => void = () => undefined): Error {
  const original = error instanceof GraphQLError ? error.originalError ?? null : error;
  const where = error instanceof GraphQLError ? { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path } : {};
  const stateMessage = isKgError(original) ? STORE_STATE_MESSAGES[original.code] : undefined;
  if (isKgError(original) && stateMessage) {
    log(original);
    return createGraphQLError(stateMessage, { ...where, extensions: { code: original.code } });
  }
  if (isKgError(original) && !MASKED_CODES.has(original.code)) {
    // The same error object back: the server then does not log a client's mistake as its own failure.
    if (error instanceof GraphQLError && error.extensions.code === original.code) return error;
    return createGraphQLError(original.message, { ...where, extensions: errorExtensions(original) });
  }
  if (original instanceof PothosValidationError) {
    return createGraphQLError(original.message, { ...where, extensions: { code: 'BAD_REQUEST' } });
  }
  if (error instanceof GraphQLError && (!error.originalError || error.originalError instanceof GraphQLError)) return error;
  log(original ?? error);
  return maskError(error, message, false);
}

/** Yoga's `maskedErrors` option with the project's rules. */
export function errorMasking(options: ErrorMaskingOptions = {}): { errorMessage: string; maskError: (error: unknown, message: string) => Error } {
  const message = options.message ?? 'Unexpected error.';
  return { errorMessage: message, maskError: (error, msg) => maskKgError(error, msg || message, options.log) };
}
