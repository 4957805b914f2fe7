/**
 * Errors shaped like Office.js's OfficeExtension.Error: a stable `code` (OfficeExtension.ErrorCodes /
 * Excel.ErrorCodes), a message, and debugInfo. Code that handles Excel's errors reads `code`, so the
 * stand-in must give the same codes Excel gives.
 * learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling#api-errors
 */

export type OfficeErrorCode =
  | 'PropertyNotLoaded'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'AccessDenied'
  | 'InvalidArgument'
  | 'InvalidReference'
  | 'InvalidOperation'
  | 'InvalidOperationInCellEditMode'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'ApiNotFound'
  | 'GeneralException'
  | 'RunMustReturnPromise';

export interface OfficeErrorDebugInfo {
  code: OfficeErrorCode;
  message: string;
  errorLocation?: string;
}

export class MemoryOfficeError extends Error {
  readonly code: OfficeErrorCode;
  readonly debugInfo: OfficeErrorDebugInfo;

  constructor(code: OfficeErrorCode, message: string, errorLocation?: string) {
    super(message);
    // Office.js names its runtime errors this way; code that logs error.name sees the same text
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

export function isMemoryOfficeError(error: unknown): error is MemoryOfficeError {
  return error instanceof MemoryOfficeError;
}

/** Office.js's own wording for a property read before load + sync (ResourceStrings.PropertyNotLoaded) */
export function propertyNotLoaded(entity: string, property: string): MemoryOfficeError {
  return new MemoryOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${entity}.${property}`,
  );
}
