/** An RFC 9457 problem as the host returns it for every error. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: Record<string, string[]>;
}

/** A failed API call: the HTTP status and the host's problem document, so pages can show the reason as sent. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails;

  constructor(status: number, problem: ProblemDetails) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }

  /** The field-level messages, flattened for display ("field: message"). */
  get fieldMessages(): string[] {
    return Object.entries(this.problem.errors ?? {}).flatMap(([field, messages]) => messages.map(m => `${field}: ${m}`));
  }
}
