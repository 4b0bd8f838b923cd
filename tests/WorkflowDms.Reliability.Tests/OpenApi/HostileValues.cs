using System.Text.Json.Nodes;
using CsCheck;

namespace WorkflowDms.Reliability.Tests.OpenApi;

/// <summary>
/// What a hostile or broken client sends instead of a proper value: wrong types, huge strings and numbers, odd
/// Unicode (controls, bidi overrides, lone surrogates, combining marks, astral characters), nesting.
/// </summary>
internal static class HostileValues
{
    /// <summary>JSON number literals that no .NET number type holds, spliced into the body text as they are.</summary>
    public static readonly string[] HugeNumberLiterals =
    [
        "1e400", "-1e400", "99999999999999999999999999999999", "-9223372036854775809", "18446744073709551616",
        "0.0000000000000000000000000000001", "1.7976931348623157e308", "2147483648", "-2147483649", "1E+9999",
    ];

    public static readonly string[] OddStrings =
    [
        "", " ", "\u0000", "\u202Eevil\u202C", "\uFEFFbom", "e\u0301\u0301\u0301", "\uD800", "\uDFFF\uD800", "😀🚗",
        "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\r\n\t", "'; DROP TABLE Claims; --", "<script>alert(1)</script>", "../../etc/passwd", "%00",
        "${7*7}", "{{7*7}}", "null", "true", "-0", "NaN", "Infinity", "1e400", "２０２６－１１－２３", "٣٤٥", "ǅ", "İ",
    ];

    /// <summary>Marks a string value that is to be replaced by its raw text (a number literal) when serialised.</summary>
    public const string RawMarker = "\u0001raw:";

    public static Gen<JsonNode?> Value { get; } = Gen.Frequency<JsonNode?>(
        (2, NullGen.Of<JsonNode>()),
        (3, Gen.Int[0, OddStrings.Length - 1].Select(i => (JsonNode?)JsonValue.Create(OddStrings[i]))),
        (2, Gen.Int[0, HugeNumberLiterals.Length - 1].Select(i => (JsonNode?)JsonValue.Create(RawMarker + HugeNumberLiterals[i]))),
        (2, Gen.Int[0, 2].Select(i => (JsonNode?)JsonValue.Create(i switch { 0 => new string('x', 200_000), 1 => string.Concat(Enumerable.Repeat("é😀", 20_000)), _ => new string('9', 5_000) }))),
        (2, Gen.Long.Select(l => (JsonNode?)JsonValue.Create(l))),
        (1, Gen.Double.Select(d => (JsonNode?)(double.IsFinite(d) ? JsonValue.Create(d) : JsonValue.Create(0.5)))),
        (2, Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b))),
        (1, Gen.Int[0, 0].Select(_ => (JsonNode?)new JsonObject { ["a"] = new JsonArray(1, "b", null) })),
        (1, Gen.Int[0, 0].Select(_ => (JsonNode?)new JsonArray(new JsonArray(new JsonArray())))),
        (1, Gen.String.Select(s => (JsonNode?)JsonValue.Create(s))));

    /// <summary>A path segment or query value a hostile client might send (escaped for the URL by the caller).</summary>
    public static Gen<string> Text { get; } = Gen.Frequency(
        (4, Gen.Int[0, OddStrings.Length - 1].Select(i => OddStrings[i])),
        (2, Gen.Int[0, HugeNumberLiterals.Length - 1].Select(i => HugeNumberLiterals[i])),
        (1, Gen.Int[0, 0].Select(_ => new string('x', 3_000))),
        (2, Gen.Long.Select(l => l.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (1, Gen.String));
}
