namespace WorkflowDms.Application.Common;

/// <summary>A command's HTTP-ready answer, kept as JSON so an idempotent replay returns it byte for byte.</summary>
public sealed record CommandResponse(int StatusCode, string ResponseJson);
