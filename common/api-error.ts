/** A failed API call, in the widget and the dashboard alike: the HTTP status (0 when the network failed before any answer) and the API's error code. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
