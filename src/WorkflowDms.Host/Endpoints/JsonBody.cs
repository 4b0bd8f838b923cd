using System.Text.Json;
using System.Text.Json.Serialization;
using WorkflowDms.Application.Common;

namespace WorkflowDms.Host.Endpoints;

/// <summary>
/// Reads a JSON request body strictly: unknown fields and wrong types are refused with the JSON path of the
/// field, so a dealer's integration learns exactly what to fix. The raw bytes are kept for idempotency hashing.
/// </summary>
internal static class JsonBody
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        NumberHandling = JsonNumberHandling.Strict,
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 16,
    };

    public static async Task<(T Value, byte[] Raw)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentType is null || !request.ContentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            throw new RequestBodyException(415, "Unsupported media type", "The request body must be JSON (Content-Type: application/json).");
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        var raw = buffer.ToArray();
        if (raw.Length == 0)
        {
            throw new RequestBodyException(400, "Missing body", "The request body is empty.");
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(raw, Options)
                ?? throw new RequestBodyException(400, "Missing body", "The request body is null.");
            return (value, raw);
        }
        catch (JsonException e)
        {
            // "$.lines[1].quantity" → "lines[1].quantity": the name the caller sent.
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? null : e.Path.StartsWith("$.", StringComparison.Ordinal) ? e.Path[2..] : e.Path;
            var why = e.Message.Contains("could not be mapped", StringComparison.Ordinal)
                ? "an unknown field"
                : e.Message.Contains("could not be converted", StringComparison.Ordinal) ? "a value of the wrong type" : "malformed JSON";
            throw new RequestBodyException(
                400,
                "Invalid request body",
                field is null ? $"The request body has {why}." : $"The request body has {why} at '{field}'.",
                field);
        }
    }
}
