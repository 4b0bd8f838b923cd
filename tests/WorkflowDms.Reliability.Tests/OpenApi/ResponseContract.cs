using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkflowDms.Reliability.Tests.OpenApi;

/// <summary>The brief's bar for bad input: never a 5xx, and every 4xx is an RFC 9457 ProblemDetails.</summary>
internal static class ResponseContract
{
    /// <summary>Why the response breaks the contract, or null when it keeps it.</summary>
    public static string? Violation(int status, MediaTypeHeaderValue? contentType, string body)
    {
        if (status >= 500)
        {
            return $"{status}: {Shorten(body)}";
        }

        if (status < 400)
        {
            return null;
        }

        if (contentType?.MediaType != "application/problem+json")
        {
            return $"{status} without ProblemDetails (Content-Type {contentType?.MediaType ?? "none"}): {Shorten(body)}";
        }

        try
        {
            var problem = JsonNode.Parse(body) as JsonObject;
            return problem?["status"]?.GetValue<int>() == status && problem["title"] is JsonValue
                ? null
                : $"{status} with a ProblemDetails lacking status or title: {Shorten(body)}";
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return $"{status} with a body that is not JSON: {Shorten(body)}";
        }
    }

    private static string Shorten(string text) => text.Length <= 400 ? text : text[..400] + "…";
}
