using System.Text.RegularExpressions;
using WorkflowDms.Application.Common;

namespace WorkflowDms.Application.Designer;

/// <summary>
/// Process ids and form keys the designer accepts: XML-id-like names (letters, digits, '-', '_', '.'), so they
/// are valid BPMN ids, safe file names and safe URL segments.
/// </summary>
internal static partial class DesignerKeys
{
    public const int MaxCommentLength = 2000;

    public static string Check(string? value, string field)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 200 || !Pattern().IsMatch(trimmed))
        {
            throw new RequestBodyException(400, "Invalid " + field, $"{field} must be 1–200 letters, digits, '-', '_' or '.', starting with a letter or '_'.", field);
        }

        return trimmed;
    }

    public static string? Comment(PublishRequest? request)
    {
        var comment = request?.Comment?.Trim();
        if (comment is { Length: > MaxCommentLength })
        {
            throw new RequestBodyException(400, "Invalid comment", $"comment has at most {MaxCommentLength} characters.", "comment");
        }

        return string.IsNullOrEmpty(comment) ? null : comment;
    }

    public static void CheckEtag(string? stored, string? sent, string what)
    {
        if (stored is null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(sent))
        {
            throw new Domain.Errors.ConflictException("etag-required", $"A draft of {what} exists; send its etag to overwrite it (reload the draft first).");
        }

        if (!string.Equals(stored, sent.Trim().Trim('"'), StringComparison.Ordinal))
        {
            throw new Domain.Errors.ConflictException("stale-etag", $"The draft of {what} was saved by someone else since you loaded it; reload it and apply your change again.");
        }
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_.\-]*$")]
    private static partial Regex Pattern();
}
