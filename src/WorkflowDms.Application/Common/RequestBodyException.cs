namespace WorkflowDms.Application.Common;

/// <summary>
/// The request body could not be read as the expected JSON: malformed, a wrong type, an unknown field or an
/// unknown enum value. Carries the JSON path of the offending field so the caller can fix it.
/// </summary>
public sealed class RequestBodyException(int statusCode, string title, string message, string? field = null)
    : Exception(message)
{
    public int StatusCode { get; } = statusCode;
    public string Title { get; } = title;
    public string? Field { get; } = field;
}
