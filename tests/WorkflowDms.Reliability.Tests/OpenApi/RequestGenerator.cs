using System.Text;
using CsCheck;

namespace WorkflowDms.Reliability.Tests.OpenApi;

/// <summary>
/// Generates requests for one operation from its schema: path, query and header parameters mostly plausible and
/// sometimes hostile, and a body that fits the schema and is then spoiled (<see cref="BodyMutations"/>).
/// </summary>
internal sealed class RequestGenerator(SchemaValues values)
{
    public Gen<GeneratedRequest> For(ApiOperation operation)
    {
        var url = Gen.Const(operation.PathTemplate);
        foreach (var parameter in operation.Parameters.Where(p => p.In == "path"))
        {
            // A NUL in a path is refused by the server before the application (Kestrel answers 400 itself; the
            // in-process test server throws on the client side), so paths get every other hostile text.
            var value = Gen.Frequency((3, Plausible(parameter)), (1, HostileValues.Text.Where(t => !t.Contains('\0', StringComparison.Ordinal))));
            url = url.SelectMany(u => value.Select(v => u.Replace("{" + parameter.Name + "}", Escape(v), StringComparison.Ordinal)));
        }

        foreach (var parameter in operation.Parameters.Where(p => p.In == "query"))
        {
            var value = Gen.Frequency((2, Plausible(parameter).Select(v => (string?)v)), (1, HostileValues.Text.Select(v => (string?)v)), (2, NullGen.Of<string>()));
            url = url.SelectMany(u => value.Select(v => v is null ? u : $"{u}{(u.Contains('?', StringComparison.Ordinal) ? '&' : '?')}{parameter.Name}={Escape(v)}"));
        }

        var key = operation.Parameters.Any(p => p.In == "header" && p.Name == "Idempotency-Key")
            ? Gen.Frequency((2, NullGen.Of<string>()), (2, Gen.Guid.Select(g => (string?)g.ToString())), (1, HostileValues.Text.Select(AsciiHeader)))
            : NullGen.Of<string>();
        var body = operation.BodySchema is { } schema
            ? values.For(schema).SelectMany(valid => BodyMutations.Mutate(valid)).Select(b => (byte[]?)b)
            : Gen.Frequency((3, NullGen.Of<byte[]>()), (1, BodyMutations.Hostile.Select(b => (byte[]?)b)));
        var contentType = Gen.Frequency(
            (8, Gen.Const<string?>("application/json")),
            (1, Gen.Const<string?>("text/plain")),
            (1, Gen.Const<string?>("application/json; charset=utf-16")));

        return Gen.Select(url, body, contentType, key, (u, b, c, k) => new GeneratedRequest(operation.Method, u, b, b is null ? null : c, k));
    }

    private Gen<string> Plausible(ApiParameter parameter)
    {
        var schema = values.Resolve(parameter.Schema);
        var format = schema?["format"]?.GetValue<string>();
        return format is not null ? values.String(format) : values.String(null);
    }

    /// <summary>A lone surrogate cannot be escaped as UTF-8; send the bytes a broken client would (CESU-8 style).</summary>
    private static string Escape(string value)
    {
        try
        {
            return Uri.EscapeDataString(value);
        }
        catch (UriFormatException)
        {
            return "%ED%A0%80";
        }
    }

    /// <summary>Header values must be Latin-1 for HttpClient to send them at all; other characters become '?'.</summary>
    private static string? AsciiHeader(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(c is >= ' ' and <= '~' ? c : '?');
        }

        return builder.ToString();
    }
}
