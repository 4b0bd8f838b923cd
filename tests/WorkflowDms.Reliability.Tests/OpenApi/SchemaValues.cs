using System.Globalization;
using System.Text.Json.Nodes;
using CsCheck;

namespace WorkflowDms.Reliability.Tests.OpenApi;

/// <summary>
/// Generators of values that fit a JSON schema of the OpenAPI document: the starting point the mutations spoil.
/// Strings come from a pool of the demo's own codes and from known ids, so generated requests reach past the
/// first validation step into the use cases.
/// </summary>
internal sealed class SchemaValues(JsonObject document, IReadOnlyList<string> knownIds)
{
    private const int MaxDepth = 4;

    private static readonly string[] DomainWords =
    [
        "D1001", "D1002", "D2001", "LSVAU2185N2100001", "LSVAU2187N2100002", "PN-1001", "PN-2002", "LOP-WIP-001",
        "LOP-ENG-010", "F-WP-002", "F-EX-001", "approve", "reject", "send-back", "labor", "part", "sublet", "warranty",
        "claim", "order", "return", "warranty-claim", "claim-review", "hq.reviewer@demo.local", "admin@demo.local",
        "warranty-reviewers", "EUR", "CNY", "open", "due", "-amount", "mine", "vehicle", "parts", "claims", "csv", "xml",
    ];

    private static readonly DateOnly Today = new(2026, 11, 23);

    public Gen<JsonNode?> For(JsonNode? schema, int depth = 0)
    {
        var resolved = Resolve(schema);
        if (resolved is null)
        {
            return Gen.Int[0, 0].Select(_ => (JsonNode?)new JsonObject());
        }

        if (resolved["enum"] is JsonArray values && values.Count > 0)
        {
            return Gen.Int[0, values.Count - 1].Select(i => values[i]?.DeepClone());
        }

        if ((resolved["oneOf"] ?? resolved["anyOf"]) is JsonArray alternatives && alternatives.Count > 0)
        {
            return Gen.OneOf([.. alternatives.Select(a => (IGen<JsonNode?>)For(a, depth))]);
        }

        var types = Types(resolved);
        if (types.Contains("object") || resolved["properties"] is not null)
        {
            return depth >= MaxDepth ? NullGen.Of<JsonNode>() : Object(resolved, depth);
        }

        if (types.Contains("array"))
        {
            return depth >= MaxDepth
                ? Gen.Int[0, 0].Select(_ => (JsonNode?)new JsonArray())
                : For(resolved["items"], depth + 1).Array[0, 3].Select(items => (JsonNode?)new JsonArray([.. items]));
        }

        if (types.Contains("boolean"))
        {
            return Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b));
        }

        if (types.Contains("integer"))
        {
            return Gen.Int[-5, 200].Select(i => (JsonNode?)JsonValue.Create(i));
        }

        if (types.Contains("number"))
        {
            return Gen.Int[0, 100_000].Select(i => (JsonNode?)JsonValue.Create(i / 100m));
        }

        if (types.Contains("string"))
        {
            return String(resolved["format"]?.GetValue<string>()).Select(s => (JsonNode?)JsonValue.Create(s));
        }

        return NullGen.Of<JsonNode>();
    }

    /// <summary>A string for a path, query or header parameter of that schema.</summary>
    public Gen<string> String(string? format) => format switch
    {
        "uuid" => knownIds.Count == 0
            ? Gen.Guid.Select(g => g.ToString())
            : Gen.Frequency((1, Gen.Guid.Select(g => g.ToString())), (3, Gen.Int[0, knownIds.Count - 1].Select(i => knownIds[i]))),
        "date" => Gen.Int[-400, 400].Select(d => Today.AddDays(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        "date-time" => Gen.Int[-400, 400].Select(d => Today.AddDays(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T09:00:00Z"),
        "int32" or "int64" => Gen.Int[-5, 500].Select(i => i.ToString(CultureInfo.InvariantCulture)),
        _ => Gen.Frequency(
            (3, Gen.Int[0, DomainWords.Length - 1].Select(i => DomainWords[i])),
            (1, Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789-"], 1, 20])),
    };

    public JsonNode? Resolve(JsonNode? schema)
    {
        for (var hops = 0; schema?["$ref"] is JsonValue reference && hops < 10; hops++)
        {
            var name = reference.GetValue<string>().Split('/')[^1];
            schema = document["components"]?["schemas"]?[name];
        }

        return schema;
    }

    private Gen<JsonNode?> Object(JsonNode schema, int depth)
    {
        var required = (schema["required"]?.AsArray() ?? []).Select(r => r!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        var properties = (schema["properties"]?.AsObject() ?? []).ToList();
        Gen<List<(string, JsonNode?)>> fields = Gen.Const(new List<(string, JsonNode?)>());
        foreach (var (name, propertySchema) in properties)
        {
            var value = For(propertySchema, depth + 1);
            var include = required.Contains(name) ? Gen.Const(true) : Gen.Int[0, 3].Select(i => i > 0);
            fields = fields.SelectMany(list => include.SelectMany(yes => yes
                ? value.Select(v => Append(list, name, v))
                : Gen.Const(0).Select(_ => list)));
        }

        return fields.Select(list =>
        {
            var obj = new JsonObject();
            foreach (var (name, value) in list)
            {
                obj[name] = value;
            }

            return (JsonNode?)obj;
        });
    }

    private static List<(string, JsonNode?)> Append(List<(string, JsonNode?)> list, string name, JsonNode? value) =>
        [.. list, (name, value)];

    private static HashSet<string> Types(JsonNode schema) => schema["type"] switch
    {
        JsonArray many => many.Select(t => t!.GetValue<string>()).ToHashSet(StringComparer.Ordinal),
        JsonValue one => [one.GetValue<string>()],
        _ => [],
    };
}
